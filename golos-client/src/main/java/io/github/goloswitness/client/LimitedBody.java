package io.github.goloswitness.client;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * One HTTP reply's body, collected up to a limit. A 200 reply yields its bytes, or fails with
 * {@link ResponseTooLargeException} as soon as its {@code Content-Length} or the bytes received
 * pass {@code limit}; any other status fails with {@link HttpStatusException} carrying the
 * body's first 200 bytes. Whatever is not read is cancelled (the connection is dropped), never
 * drained. Called by the JDK's HTTP client on its threads, one signal at a time.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

  private static final int STATUS_BODY_PREFIX = 200;

  private final URI uri;
  private final int status;
  private final long limit;
  private final long announced;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  LimitedBody(URI uri, HttpResponse.ResponseInfo info, long maxResponseBytes) {
    this.uri = uri;
    this.status = info.statusCode();
    this.limit = status == 200 ? maxResponseBytes : STATUS_BODY_PREFIX;
    this.announced = info.headers().firstValueAsLong("content-length").orElse(-1);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (status == 200 && announced > limit) {
      s.cancel();
      result.completeExceptionally(new ResponseTooLargeException(uri, limit));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      int n = b.remaining();
      if (bytes.size() + (long) n > limit) {
        subscription.cancel();
        if (status == 200) {
          result.completeExceptionally(new ResponseTooLargeException(uri, limit));
        } else {
          byte[] part = new byte[(int) (limit - bytes.size())];
          b.get(part);
          bytes.writeBytes(part);
          finish();
        }
        return;
      }
      byte[] all = new byte[n];
      b.get(all);
      bytes.writeBytes(all);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    finish();
  }

  private void finish() {
    if (status == 200) {
      result.complete(bytes.toByteArray());
    } else {
      String start = new String(bytes.toByteArray(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
      result.completeExceptionally(new HttpStatusException(uri, status, start));
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
