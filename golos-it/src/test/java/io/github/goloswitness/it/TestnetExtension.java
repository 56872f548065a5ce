package io.github.goloswitness.it;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test the one shared {@link Testnet} (a constructor or method parameter), starting it on
 * first use and keeping it in the root store, which closes it after the last test of the run.
 * Without a golosd binary every test class is skipped with one line (see {@link GolosdBinary}).
 */
final class TestnetExtension implements ExecutionCondition, ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(TestnetExtension.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    GolosdBinary.Decision d = decision(context);
    if (d.binary().isEmpty()) {
      context.getRoot().getStore(NS).getOrComputeIfAbsent("skip line printed", k -> {
        System.err.println(d.skipReason());
        return Boolean.TRUE;
      });
      return ConditionEvaluationResult.disabled(d.skipReason());
    }
    return ConditionEvaluationResult.enabled("golosd: " + d.binary().map(GolosdBinary::path).orElse(null));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Testnet.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    GolosdBinary binary = decision(context).binary()
        .orElseThrow(() -> new IllegalStateException("no golosd binary"));
    return context.getRoot().getStore(NS).getOrComputeIfAbsent(Started.class,
        k -> Started.of(() -> Testnet.start(binary, Path.of(property("golos.it.work")),
            Path.of(property("golos.it.figures")), Boolean.getBoolean("golos.it.keep"))),
        Started.class).testnet();
  }

  /**
   * The network, or why it failed to start: remembered either way, so a failed start (4 minutes of
   * hardforks) is not retried by every test class.
   */
  private record Started(Testnet net, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {
    static Started of(java.util.function.Supplier<Testnet> start) {
      try {
        return new Started(start.get(), null);
      } catch (RuntimeException e) {
        return new Started(null, e);
      } catch (AssertionError e) {
        return new Started(null, new IllegalStateException("the network did not start: " + e.getMessage(), e));
      }
    }

    Testnet testnet() {
      if (failure != null) {
        throw failure;
      }
      return net;
    }

    @Override
    public void close() {
      if (net != null) {
        net.close();
      }
    }
  }

  private static GolosdBinary.Decision decision(ExtensionContext context) {
    return context.getRoot().getStore(NS).getOrComputeIfAbsent(GolosdBinary.Decision.class,
        k -> GolosdBinary.locate(System.getenv(), Path.of(property("golos.it.root")).toAbsolutePath().normalize()),
        GolosdBinary.Decision.class);
  }

  private static String property(String name) {
    String v = System.getProperty(name);
    if (v == null) {
      throw new IllegalStateException("system property " + name + " is not set (golos-it/pom.xml sets it for surefire)");
    }
    return v;
  }
}
