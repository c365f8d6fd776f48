package dev.camelfelt.felt;

import java.util.List;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.SeededMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs routes against the stateful Felt simulator, which answers every operation per Felt's OpenAPI description and
 * records the requests it received; its traffic is checked against that description after each test.
 */
abstract class SimulatedFeltTestSupport extends FeltTestSupport {

    static FeltSimulator simulator;
    static SeededMap seeded;

    @BeforeAll
    static void startSimulator() {
        simulator = FeltSimulator.builder().token(TOKEN).pollsUntilComplete(1).build();
        seeded = simulator.templateMap();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @BeforeEach
    void resetSimulator() {
        simulator.reset();
    }

    @AfterEach
    void checkSimulatorContract() {
        assertThat(simulator.contractViolations()).isEmpty();
    }

    @Override
    protected FeltComponent feltComponent() {
        FeltComponent component = super.feltComponent();
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        return component;
    }

    /** Asserts that the simulator received only the requests the test prepared with, then this one; returns it. */
    static LoggedRequest assertLastRequest(RequestPatternBuilder expected) {
        List<ServeEvent> served = simulator.wireMock().getAllServeEvents();
        assertThat(served).isNotEmpty();
        LoggedRequest last = served.get(0).getRequest();
        assertThat(expected.build().match(last).isExactMatch())
                .as("the last request, " + last.getMethod() + " " + last.getUrl() + " " + last.getBodyAsString())
                .isTrue();
        return last;
    }

    /** Asserts the last request matched and carried no body. */
    static void assertLastBodilessRequest(RequestPatternBuilder expected) {
        LoggedRequest request = assertLastRequest(expected);
        assertThat(request.containsHeader("Content-Type")).isFalse();
        assertThat(request.getBody()).isEmpty();
    }
}
