package dev.camelfelt.felt.simulator;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** JUnit 5 extension: one {@link FeltSimulator} per test class, reset before and contract-checked after each test. */
public final class FeltSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final FeltSimulator.Builder builder;
    private FeltSimulator simulator;
    private String startedBy;

    /** Creates an extension for a simulator with default settings. */
    public FeltSimulatorExtension() {
        this(FeltSimulator.builder());
    }

    /** Creates an extension for a simulator configured by the given builder. */
    public FeltSimulatorExtension(FeltSimulator.Builder builder) {
        this.builder = builder;
    }

    /** Returns the running simulator. */
    public FeltSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The Felt simulator is not running; register the extension on a static field");
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
    public void afterEach(ExtensionContext context) {
        List<String> violations = simulator().contractViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " Felt API contract violation(s) in "
                    + context.getDisplayName() + ":\n  " + String.join("\n  ", violations));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FeltSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator();
    }
}
