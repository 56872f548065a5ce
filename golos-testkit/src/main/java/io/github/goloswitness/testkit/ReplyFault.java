package io.github.goloswitness.testkit;

/**
 * A broken reply from a node's RPC front end, injected with {@link SimNetwork#failReplies}. The
 * node itself keeps producing blocks: only what its clients receive is broken, as when the reverse
 * proxy in front of golosd misbehaves.
 */
public enum ReplyFault {
  /**
   * HTTP 502 with an HTML body, as nginx answers when golosd behind it does not respond. The
   * request never reaches the node (a broadcast is not processed).
   */
  HTTP_502,
  /** HTTP 200 with the reply cut in half: not JSON. The node has processed the request. */
  MALFORMED_JSON,
  /** HTTP 200 with a well-formed reply whose {@code id} is not the request's. The node has processed the request. */
  WRONG_ID
}
