package dev.golden.synth;

/** How a source system writes Chinese text. */
enum Script {
  SIMPLIFIED, TRADITIONAL, PINYIN
}
