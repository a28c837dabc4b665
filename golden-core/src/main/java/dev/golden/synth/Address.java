package dev.golden.synth;

/**
 * A clean postal address. {@code line} is the street part as a local would write it:
 * "朝阳区建国路88号2栋1501室", "42 Oak Street", "Flat 3, 12 High Road".
 */
record Address(String line, String city, String region, String postcode, Culture culture) {}
