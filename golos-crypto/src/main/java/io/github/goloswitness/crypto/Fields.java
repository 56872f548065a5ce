package io.github.goloswitness.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Construction-time checks with the node's own rules, each error naming the node's field, e.g.
 * {@code vote.weight out of [-10000, 10000]: 20000}.
 */
final class Fields {

  /** STEEMIT_MIN/MAX_ACCOUNT_NAME_LENGTH (chain-node libraries/protocol/include/golos/protocol/config.hpp). */
  static final int MIN_ACCOUNT_NAME_LENGTH = 3;
  static final int MAX_ACCOUNT_NAME_LENGTH = 16;
  /** permlinks must be shorter than STEEMIT_MAX_PERMLINK_LENGTH (256). */
  static final int MAX_PERMLINK_LENGTH = 255;
  /** STEEMIT_MAX_MEMO_SIZE: memos must be shorter. */
  static final int MAX_MEMO_SIZE = 2048;
  /** STEEMIT_CUSTOM_OP_ID_MAX_LENGTH. */
  static final int CUSTOM_OP_ID_MAX_LENGTH = 32;
  /** STEEMIT_100_PERCENT. */
  static final int PERCENT_100 = 10000;

  static int uint16(int value, String field) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException(field + " must be a uint16, got " + value);
    }
    return value;
  }

  static long uint32(long value, String field) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(field + " must be a uint32, got " + value);
    }
    return value;
  }

  static long range(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          field + " out of [" + min + ", " + max + "]: " + value);
    }
    return value;
  }

  static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, field);
  }

  /**
   * An account name by the node's is_valid_account_name (chain-node libraries/protocol/
   * authority.cpp): 3-16 characters, dot-separated labels of at least 3, each starting with a-z,
   * ending with a-z or 0-9, with only a-z, 0-9 and '-' inside.
   */
  static String account(String name, String field) {
    required(name, field);
    String problem = accountProblem(name);
    if (problem != null) {
      throw new IllegalArgumentException(field + " \"" + name + "\" is not a valid account name: "
          + problem);
    }
    return name;
  }

  /** {@link #account} or the empty string (e.g. a top-level post's parent_author, no proxy). */
  static String accountOrEmpty(String name, String field) {
    return required(name, field).isEmpty() ? name : account(name, field);
  }

  static String accountProblem(String name) {
    if (name.length() < MIN_ACCOUNT_NAME_LENGTH || name.length() > MAX_ACCOUNT_NAME_LENGTH) {
      return "length must be " + MIN_ACCOUNT_NAME_LENGTH + " to " + MAX_ACCOUNT_NAME_LENGTH;
    }
    for (String label : name.split("\\.", -1)) {
      if (label.length() < 3) {
        return "each dot-separated part needs at least 3 characters";
      }
      if (!isLower(label.charAt(0))) {
        return "each part must start with a letter a-z";
      }
      char last = label.charAt(label.length() - 1);
      if (!isLower(last) && !isDigit(last)) {
        return "each part must end with a letter a-z or a digit";
      }
      for (int i = 1; i < label.length() - 1; i++) {
        char c = label.charAt(i);
        if (!isLower(c) && !isDigit(c) && c != '-') {
          return "only a-z, 0-9, '-' and '.' are allowed";
        }
      }
    }
    return null;
  }

  /** Amounts the node checks with GOLOS_CHECK_ASSET_GE0 / _GT0, optionally of one symbol. */
  static Asset nonNegative(Asset value, String field) {
    required(value, field);
    if (value.amount() < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }

  static Asset positive(Asset value, String field) {
    required(value, field);
    if (value.amount() <= 0) {
      throw new IllegalArgumentException(field + " must be positive: " + value);
    }
    return value;
  }

  static Asset symbol(Asset value, String field, Asset.Symbol... allowed) {
    required(value, field);
    for (Asset.Symbol s : allowed) {
      if (s.equals(value.symbol())) {
        return value;
      }
    }
    StringBuilder names = new StringBuilder();
    for (Asset.Symbol s : allowed) {
      names.append(names.length() == 0 ? "" : " or ").append(s);
    }
    throw new IllegalArgumentException(field + " must be " + names + ": " + value);
  }

  /** A string whose UTF-8 form is at most {@code max} bytes. */
  static String maxBytes(String value, int max, String field) {
    required(value, field);
    int size = value.getBytes(StandardCharsets.UTF_8).length;
    if (size > max) {
      throw new IllegalArgumentException(field + " is " + size + " bytes, more than " + max);
    }
    return value;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private Fields() {}
}
