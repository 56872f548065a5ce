package io.github.goloswitness.crypto;

/**
 * Marks a record that fc prints as a JSON array of its components rather than an object: the
 * entries of a {@code flat_map}, such as {@code ["bob", 1]} in an authority's account_auths.
 */
public interface WirePair {}
