package io.github.goloswitness.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Writes fc::raw (chain-fc include/fc/io/raw.hpp): little-endian fixed-width integers, LEB128
 * varint32 lengths, length-prefixed UTF-8 strings. Not thread-safe; one per message.
 */
public final class GrapheneWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

  /** An empty writer. */
  public GrapheneWriter() {}

  /** The bytes written so far. */
  public byte[] toByteArray() {
    return out.toByteArray();
  }

  /** uint8, 1 byte. @throws IllegalArgumentException if out of range */
  public GrapheneWriter writeUint8(int value) {
    checkRange(value, 0, 0xFF, "uint8");
    out.write(value);
    return this;
  }

  /** uint16, 2 bytes LE. @throws IllegalArgumentException if out of range */
  public GrapheneWriter writeUint16(int value) {
    checkRange(value, 0, 0xFFFF, "uint16");
    return writeLittleEndian(value, 2);
  }

  /** int16, 2 bytes LE. */
  public GrapheneWriter writeInt16(short value) {
    return writeLittleEndian(value, 2);
  }

  /** uint32, 4 bytes LE. @throws IllegalArgumentException if out of range */
  public GrapheneWriter writeUint32(long value) {
    checkRange(value, 0, 0xFFFF_FFFFL, "uint32");
    return writeLittleEndian(value, 4);
  }

  /** int64 or uint64 (two's complement, 8 bytes). */
  public GrapheneWriter writeInt64(long value) {
    return writeLittleEndian(value, 8);
  }

  /** fc::unsigned_int: 7 bits per byte, low groups first, 0x80 = more. */
  public GrapheneWriter writeVarint32(long value) {
    checkRange(value, 0, 0xFFFF_FFFFL, "varint32");
    long v = value;
    do {
      int b = (int) (v & 0x7F);
      v >>>= 7;
      out.write(v != 0 ? b | 0x80 : b);
    } while (v != 0);
    return this;
  }

  /** bool: one byte 0 or 1. */
  public GrapheneWriter writeBool(boolean value) {
    out.write(value ? 1 : 0);
    return this;
  }

  /** Raw bytes without a length (fc::array). */
  public GrapheneWriter writeFixed(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  /** varint length + UTF-8 bytes (std::string, account_name_type). */
  public GrapheneWriter writeString(String value) {
    Objects.requireNonNull(value, "value");
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeVarint32(utf8.length);
    return writeFixed(utf8);
  }

  /** varint count + elements (vector, flat_set). */
  public <T> GrapheneWriter writeVector(List<T> items, BiConsumer<GrapheneWriter, T> element) {
    writeVarint32(items.size());
    for (T item : items) {
      element.accept(this, item);
    }
    return this;
  }

  /** A 0/1 presence byte, then the value if present (fc::optional). */
  public <T> GrapheneWriter writeOptional(T value, BiConsumer<GrapheneWriter, T> element) {
    writeBool(value != null);
    if (value != null) {
      element.accept(this, value);
    }
    return this;
  }

  /** varint length + bytes ({@code vector<char>}). */
  public GrapheneWriter writeBytes(Bytes bytes) {
    writeVarint32(bytes.size());
    return writeFixed(bytes.toByteArray());
  }

  /** varint count, then each alternative's varint tag and fields (static_variant vectors). */
  public GrapheneWriter writeVariants(List<? extends Variant> variants) {
    return writeVector(variants, (w, v) -> {
      w.writeVarint32(v.tag());
      v.writeTo(w);
    });
  }

  /** public_key_type: the 33 key bytes. */
  public GrapheneWriter writePublicKey(PublicKey key) {
    return writeFixed(key.bytes());
  }

  /**
   * asset: int64 amount, then the symbol: 8 bytes for a name of up to 6 characters (16 in all),
   * 16 bytes with precision + 100 for a longer one (24 in all); see {@link Asset}.
   */
  public GrapheneWriter writeAsset(Asset asset) {
    writeInt64(asset.amount());
    SymbolForm.write(asset.symbol(), this);
    return this;
  }

  /** time_point_sec: uint32 seconds. */
  public GrapheneWriter writeTime(TimePointSec time) {
    return writeUint32(time.seconds());
  }

  /** compact_signature: 65 bytes. */
  public GrapheneWriter writeSignature(Signature signature) {
    return writeFixed(signature.bytes());
  }

  private GrapheneWriter writeLittleEndian(long value, int bytes) {
    for (int i = 0; i < bytes; i++) {
      out.write((int) (value >>> (8 * i)) & 0xFF);
    }
    return this;
  }

  private static void checkRange(long value, long min, long max, String type) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(type + " out of range: " + value);
    }
  }
}
