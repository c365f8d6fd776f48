package dev.camelfelt.example;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpringBootFlagTest {

    @Test
    void theArgumentOrThePropertyTurnsItOn() {
        assertThat(FeltExampleApplication.springBoot(new String[] {"--dsl=yaml", "--spring-boot"}, null)).isTrue();
        // -Dspring-boot on its own sets the property to the empty string
        assertThat(FeltExampleApplication.springBoot(new String[0], "")).isTrue();
        assertThat(FeltExampleApplication.springBoot(new String[0], "true")).isTrue();
    }

    @Test
    void offByDefaultAndWhenFalse() {
        assertThat(FeltExampleApplication.springBoot(new String[0], null)).isFalse();
        assertThat(FeltExampleApplication.springBoot(new String[0], "false")).isFalse();
    }
}
