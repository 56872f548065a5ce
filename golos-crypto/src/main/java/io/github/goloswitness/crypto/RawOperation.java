package io.github.goloswitness.crypto;

import java.util.Objects;

/**
 * The escape hatch for an operation this library has no record for (a hardfork's new operation):
 * its tag, its JSON name, its fields as JSON text and its fc::raw bytes, any of which may be
 * unknown. Signing needs the tag and the bytes; printing as JSON needs the name (or tag) and the
 * fields. {@code TransactionJson} gives one for an operation name or tag it does not know (without
 * bytes); give it the bytes yourself with {@link #withBytes} to sign it. Immutable.
 *
 * <p>fc::raw has no lengths, so an unknown tag inside binary data cannot be skipped: {@link
 * Transaction#readFrom} throws there, naming the tag.
 */
public final class RawOperation implements Operation {

  private final int id;
  private final String name;
  private final String json;
  private final Bytes bytes;

  private RawOperation(int id, String name, String json, Bytes bytes) {
    if (id < -1) {
      throw new IllegalArgumentException("raw operation id must be >= 0 (or -1 if unknown): " + id);
    }
    if (id == -1 && name == null) {
      throw new IllegalArgumentException("raw operation needs a name or an id");
    }
    if (json == null && bytes == null) {
      throw new IllegalArgumentException("raw operation needs its JSON fields or its bytes");
    }
    this.id = id;
    this.name = name;
    this.json = json;
    this.bytes = bytes;
  }

  /**
   * A fully known operation: tag, name, fields as a JSON object text and the fc::raw bytes of the
   * fields (without the tag). The JSON is not checked against the bytes.
   */
  public static RawOperation of(int id, String name, String jsonFields, byte[] fields) {
    return new RawOperation(id, Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(jsonFields, "jsonFields"), Bytes.of(fields));
  }

  /** Only the binary form (tag and field bytes): signable, but it has no JSON form. */
  public static RawOperation ofBytes(int id, byte[] fields) {
    return new RawOperation(id, null, null, Bytes.of(fields));
  }

  /**
   * Only the JSON form, as read from the node: {@code name} (or {@code id}, -1 if unknown) and the
   * fields object text. Not signable until {@link #withBytes}.
   */
  public static RawOperation ofJson(int id, String name, String jsonFields) {
    return new RawOperation(id, name, Objects.requireNonNull(jsonFields, "jsonFields"), null);
  }

  /** This operation with its tag and fc::raw field bytes. */
  public RawOperation withBytes(int newId, byte[] fields) {
    return new RawOperation(newId, name, json, Bytes.of(fields));
  }

  /** The tag, or -1 if only the name is known. */
  @Override
  public int id() {
    return id;
  }

  /** The JSON name, or {@code null} if only the tag is known. */
  @Override
  public String name() {
    return name;
  }

  /** The fields as JSON object text, or {@code null} if unknown. */
  public String json() {
    return json;
  }

  /** The fc::raw bytes of the fields, or {@code null} if unknown. */
  public Bytes bytes() {
    return bytes;
  }

  /** @throws IllegalStateException if the tag or the bytes are unknown */
  @Override
  public void writeTo(GrapheneWriter out) {
    requireBinary();
    out.writeFixed(bytes.toByteArray());
  }

  void requireBinary() {
    if (bytes == null || id < 0) {
      throw new IllegalStateException("operation " + (name != null ? name : "#" + id)
          + " is not known to this library and has no fc::raw "
          + (bytes == null ? "bytes" : "tag") + "; give them with RawOperation.withBytes");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawOperation r && id == r.id && Objects.equals(name, r.name)
        && Objects.equals(json, r.json) && Objects.equals(bytes, r.bytes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, json, bytes);
  }

  @Override
  public String toString() {
    return "RawOperation[id=" + id + ", name=" + name + ", json=" + json + ", bytes=" + bytes + "]";
  }
}
