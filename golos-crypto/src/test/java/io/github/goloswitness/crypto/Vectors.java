package io.github.goloswitness.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads the vector files and turns their transaction JSON into records. Deliberately independent of
 * the production JSON codec (which lives in golos-client): a hand-written mapping per operation.
 */
final class Vectors {

  static JsonNode load(String file) {
    try (InputStream in = Vectors.class.getResourceAsStream("vectors/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing vector file " + file);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] hex(JsonNode node) {
    return HexFormat.of().parseHex(node.asText());
  }

  static Transaction transaction(JsonNode tx) {
    List<Operation> ops = new ArrayList<>();
    for (JsonNode op : tx.get("operations")) {
      ops.add(operation(op.get(0).asText(), op.get(1)));
    }
    return new Transaction(
        tx.get("ref_block_num").asInt(),
        tx.get("ref_block_prefix").asLong(),
        TimePointSec.parse(tx.get("expiration").asText()),
        ops);
  }

  private static Operation operation(String name, JsonNode o) {
    switch (name) {
      case "witness_update":
        return new WitnessUpdate(
            o.get("owner").asText(), o.get("url").asText(),
            PublicKey.fromString(o.get("block_signing_key").asText()),
            props17(o.get("props")), asset(o, "fee"));
      case "account_witness_vote":
        return new AccountWitnessVote(
            o.get("account").asText(), o.get("witness").asText(), o.get("approve").asBoolean());
      case "transfer":
        return new Transfer(
            o.get("from").asText(), o.get("to").asText(), asset(o, "amount"), o.get("memo").asText());
      case "custom_json":
        return new CustomJson(
            strings(o.get("required_auths")), strings(o.get("required_posting_auths")),
            o.get("id").asText(), o.get("json").asText());
      case "feed_publish":
        JsonNode rate = o.get("exchange_rate");
        return new FeedPublish(
            o.get("publisher").asText(), new Price(asset(rate, "base"), asset(rate, "quote")));
      case "chain_properties_update":
        if (o.get("props").get(0).asInt() != 0) {
          throw new IllegalStateException("vector mapping knows only props version 17");
        }
        return new ChainPropertiesUpdate(o.get("owner").asText(), props17(o.get("props").get(1)));
      case "vote":
        return new Vote(
            o.get("voter").asText(), o.get("author").asText(), o.get("permlink").asText(),
            (short) o.get("weight").asInt());
      default:
        throw new IllegalStateException("no vector mapping for " + name);
    }
  }

  private static ChainProperties17 props17(JsonNode p) {
    return new ChainProperties17(
        asset(p, "account_creation_fee"), p.get("maximum_block_size").asLong(),
        p.get("sbd_interest_rate").asInt());
  }

  private static Asset asset(JsonNode o, String field) {
    return Asset.parse(o.get(field).asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private Vectors() {}
}
