package io.github.goloswitness.client;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every outcome as {@code "ok <node> <api>.<method>"} or {@code "<Exception> <node> …"}. */
final class RecordingListener implements RpcListener {
  final List<String> events = new CopyOnWriteArrayList<>();

  @Override
  public void onSuccess(URI node, String api, String method) {
    events.add("ok " + node + " " + api + "." + method);
  }

  @Override
  public void onFailure(URI node, String api, String method, NodeException error) {
    events.add(error.getClass().getSimpleName() + " " + node + " " + api + "." + method);
  }
}
