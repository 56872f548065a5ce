package io.github.goloswitness.crypto;

/** transfer (op 2): {@code (from)(to)(amount)(memo)}; active of from. */
public record Transfer(String from, String to, Asset amount, String memo) implements Operation {

  public Transfer {
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from).writeString(to).writeAsset(amount).writeString(memo);
  }

  static Transfer readFrom(GrapheneReader in) {
    return new Transfer(in.readString(), in.readString(), in.readAsset(), in.readString());
  }
}
