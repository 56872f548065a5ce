package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionTest {

  private static final PrivateKey ALICE = PrivateKey.fromPassword("alice", "pw", "active");
  private static final PrivateKey BOB = PrivateKey.fromPassword("bob", "pw", "active");

  private static Transaction sample() {
    return new Transaction(0, 0, TimePointSec.parse("2026-01-01T00:00:00"),
        List.of(new AccountWitnessProxy("alice", ""), new Vote("alice", "bob", "post", (short) -10000),
            new TransferToVesting("alice", "", Asset.parse("1.000 GOLOS"))));
  }

  @Test
  void referenceBlockFollowsSetReferenceBlock() {
    // protocol doc 3.2: block 4000000 -> ref_block_num 2304, ref_block_prefix 1721994435
    byte[] id = HexFormat.of().parseHex("003d0900c38ca36625f50fc6724cbb9d82a9a93e");

    Transaction tx = sample().withReferenceBlock(id);

    assertThat(tx.refBlockNum()).isEqualTo(2304);
    assertThat(tx.refBlockPrefix()).isEqualTo(1721994435L);
    assertThat(tx.operations()).isEqualTo(sample().operations());
    assertThatThrownBy(() -> sample().withReferenceBlock(new byte[32]))
        .hasMessage("block id must be 20 bytes, got 32");
  }

  @Test
  void multipleSignersAreRecoveredInOrder() {
    SignedTransaction signed = sample().sign(ChainId.GOLOS_MAINNET, ALICE, BOB);

    assertThat(signed.signers(ChainId.GOLOS_MAINNET))
        .containsExactly(ALICE.publicKey(), BOB.publicKey());
    assertThat(signed.signatures()).allMatch(Signature::isCanonical);
    assertThat(SignedTransaction.readFrom(GrapheneReader.of(signed.toBytes()))).isEqualTo(signed);
    assertThat(signed.id()).isEqualTo(sample().id()).hasSize(40);
  }

  @Test
  void chainIdChangesTheDigestButNotTheId() {
    ChainId test = ChainId.fromHex("00".repeat(32));
    assertThat(sample().digest(test)).isNotEqualTo(sample().digest(ChainId.GOLOS_MAINNET));
    assertThat(sample().withExpiration(TimePointSec.parse("2026-01-01T00:00:01")).id())
        .isNotEqualTo(sample().id());
  }

  @Test
  void badInputIsNamed() {
    assertThatThrownBy(() -> sample().sign(ChainId.GOLOS_MAINNET))
        .hasMessage("at least one key is needed to sign");
    assertThatThrownBy(() -> new Transaction(70000, 0, new TimePointSec(0), List.of()))
        .hasMessage("ref_block_num must be a uint16, got 70000");
    assertThatThrownBy(() -> ChainId.fromHex("abcd")).hasMessageContaining("expected 32");
    byte[] unknownOp = HexFormat.of().parseHex("000000000000000000000163");
    assertThatThrownBy(() -> Transaction.readFrom(GrapheneReader.of(unknownOp)))
        .hasMessageStartingWith("operations[0]: tag 99 at offset 11 is not known to this library");
    assertThatThrownBy(() -> OperationType.byName("future_op"))
        .hasMessage("unknown or unsupported operation \"future_op\"");
    assertThatThrownBy(() -> new Transaction(1, 0, new TimePointSec(0), List.of()))
        .hasMessage("transaction.operations must not be empty");
  }

  @Test
  void registryAgreesWithRecords() {
    for (OperationType type : OperationType.values()) {
      assertThat(OperationType.byName(type.wireName())).isSameAs(type);
      assertThat(OperationType.byId(type.id())).isSameAs(type);
    }
    assertThat(new AccountWitnessVote("abc", "bob", true).id()).isEqualTo(12);
    assertThat(new AccountWitnessVote("abc", "bob", true).name()).isEqualTo("account_witness_vote");
    for (int i = 1; i < OperationType.values().length; i++) {
      assertThat(OperationType.values()[i].id()).isGreaterThan(OperationType.values()[i - 1].id());
    }
  }

  @Test
  void customJsonAuthsAreSortedSets() {
    CustomJson op = new CustomJson(List.of("bob", "alice", "bob"), List.of(), "follow", "{}");
    assertThat(op.requiredAuths()).containsExactly("alice", "bob");
  }
}
