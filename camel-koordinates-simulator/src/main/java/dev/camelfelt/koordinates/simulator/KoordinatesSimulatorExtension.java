package dev.camelfelt.koordinates.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** JUnit 5 extension: one {@link KoordinatesSimulator} per test class, reset before each test. */
public final class KoordinatesSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private final KoordinatesSimulator.Builder builder;
    private KoordinatesSimulator simulator;
    private String startedBy;

    public KoordinatesSimulatorExtension() {
        this(KoordinatesSimulator.builder());
    }

    public KoordinatesSimulatorExtension(KoordinatesSimulator.Builder builder) {
        this.builder = builder;
    }

    public KoordinatesSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException(
                    "The Koordinates simulator is not running; register the extension on a static field");
        }
        return simulator;
    }

    /** Nested test classes see the outer class's simulator instead of starting their own. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (simulator == null) {
            simulator = builder.build();
            startedBy = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(startedBy)) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KoordinatesSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator();
    }
}
