package io.github.goloswitness.crypto;

import java.util.List;
import java.util.Map;

/**
 * account_setup (op 68): {@code (account)(settings)(extensions)}; posting of account.
 */
public record AccountSetup(
    String account,
    List<Setting> settings,
    List<FutureExtension> extensions) implements Operation {
  /** One setting (chain-node account_setting). */
  public sealed interface Setting extends Variant permits AccountBlockSetting, DoNotBotherSetting {}

  /** account_block_setting (tag 0): block or unblock {@code account}. */
  @VariantTag(0)
  public record AccountBlockSetting(String account, boolean block) implements Setting {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a required component is null; the message names it
     */
    public AccountBlockSetting {
      Fields.required(account, "account");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeString(account);
      out.writeBool(block);
    }

    static AccountBlockSetting readFrom(GrapheneReader in) {
      return new AccountBlockSetting(in.readString(), in.readBool());
    }
  }

  /** do_not_bother_setting (tag 1). */
  @VariantTag(1)
  public record DoNotBotherSetting(boolean doNotBother) implements Setting {
    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeBool(doNotBother);
    }

    static DoNotBotherSetting readFrom(GrapheneReader in) {
      return new DoNotBotherSetting(in.readBool());
    }
  }

  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AccountSetup {
    Fields.account(account, "account");
    settings = Canonical.variants(settings, "settings");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeVariants(settings);
    out.writeVariants(extensions);
  }

  static AccountSetup readFrom(GrapheneReader in) {
    String account = in.readString();
    List<Setting> settings = Canonical.readVariants(in, "account_setup.settings", Map.of(0, AccountBlockSetting::readFrom, 1, DoNotBotherSetting::readFrom));
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new AccountSetup(account, settings, extensions);
  }
}
