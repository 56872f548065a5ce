package io.github.goloswitness.crypto;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Reads fc::raw, the mirror of {@link GrapheneWriter}. Every method throws {@link
 * IllegalArgumentException} naming the offset when the input is short or malformed. Not
 * thread-safe.
 */
public final class GrapheneReader {

  private final byte[] data;
  private int pos;

  private GrapheneReader(byte[] data) {
    this.data = data;
  }

  /** Reads from a copy of {@code data}. */
  public static GrapheneReader of(byte[] data) {
    return new GrapheneReader(data.clone());
  }

  /** The offset of the next byte to read. */
  public int position() {
    return pos;
  }

  /** Bytes not read yet. */
  public int remaining() {
    return data.length - pos;
  }

  /** uint8. */
  public int readUint8() {
    return (int) readLittleEndian(1);
  }

  /** uint16, LE. */
  public int readUint16() {
    return (int) readLittleEndian(2);
  }

  /** int16, LE. */
  public short readInt16() {
    return (short) readLittleEndian(2);
  }

  /** uint32, LE. */
  public long readUint32() {
    return readLittleEndian(4);
  }

  /** int64 (or uint64 as two's complement), LE. */
  public long readInt64() {
    return readLittleEndian(8);
  }

  /** fc::unsigned_int (LEB128), at most 2^32-1. */
  public long readVarint32() {
    int start = pos;
    long value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = readUint8();
      value |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        if (value > 0xFFFF_FFFFL) {
          break;
        }
        return value;
      }
    }
    throw new IllegalArgumentException("varint32 at offset " + start + " is too long");
  }

  /** bool: 0 or 1, anything else is an error. */
  public boolean readBool() {
    int at = pos;
    int b = readUint8();
    if (b > 1) {
      throw new IllegalArgumentException("bool at offset " + at + " is " + b + ", expected 0 or 1");
    }
    return b == 1;
  }

  /** {@code length} raw bytes. */
  public byte[] readFixed(int length) {
    require(length);
    byte[] out = Arrays.copyOfRange(data, pos, pos + length);
    pos += length;
    return out;
  }

  /** varint length + UTF-8. */
  public String readString() {
    int at = pos;
    long length = readVarint32();
    if (length > remaining()) {
      throw new IllegalArgumentException("string at offset " + at + " is longer than the input");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(readFixed((int) length)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("string at offset " + at + " is not UTF-8");
    }
  }

  /** varint length + bytes ({@code vector<char>}). */
  public Bytes readBytes() {
    int at = pos;
    long length = readVarint32();
    if (length > remaining()) {
      throw new IllegalArgumentException("bytes at offset " + at + " are longer than the input");
    }
    return Bytes.of(readFixed((int) length));
  }

  /** varint count + elements. */
  public <T> List<T> readVector(Function<GrapheneReader, T> element) {
    int at = pos;
    long count = readVarint32();
    if (count > remaining()) {
      throw new IllegalArgumentException("vector at offset " + at + " claims " + count + " items");
    }
    List<T> items = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      items.add(element.apply(this));
    }
    return items;
  }

  /** The value, or {@code null} if absent. */
  public <T> T readOptional(Function<GrapheneReader, T> element) {
    return readBool() ? element.apply(this) : null;
  }

  /** 33 key bytes. */
  public PublicKey readPublicKey() {
    return PublicKey.of(readFixed(33));
  }

  /**
   * An asset: int64 amount and an 8- or 16-byte symbol (see {@link Asset}).
   *
   * @throws IllegalArgumentException naming the offset and bytes of a symbol that is not valid
   */
  public Asset readAsset() {
    long amount = readInt64();
    return new Asset(amount, SymbolForm.read(this));
  }

  /** uint32 seconds. */
  public TimePointSec readTime() {
    return new TimePointSec(readUint32());
  }

  /** 65-byte compact signature. */
  public Signature readSignature() {
    return Signature.of(readFixed(65));
  }

  private long readLittleEndian(int bytes) {
    require(bytes);
    long value = 0;
    for (int i = 0; i < bytes; i++) {
      value |= (long) (data[pos + i] & 0xFF) << (8 * i);
    }
    pos += bytes;
    return value;
  }

  private void require(int bytes) {
    if (bytes < 0 || bytes > remaining()) {
      throw new IllegalArgumentException(
          "input ends at offset " + data.length + ", needed " + bytes + " bytes at offset " + pos);
    }
  }
}
