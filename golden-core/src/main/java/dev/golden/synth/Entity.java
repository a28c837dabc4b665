package dev.golden.synth;

/**
 * One real-world customer before any record of it is written: a person, or a company with an
 * optional contact person. Every record of the same entity is a true match; nothing else is.
 * Absent values are empty strings (a company has no date of birth).
 */
record Entity(
    long index,
    boolean company,
    Culture culture,
    PersonName name,
    CompanyName companyName,
    String email,
    Phone phone,
    Address address,
    String dateOfBirth) {}
