package dev.camelfelt.felt.simulator;

import java.util.concurrent.ThreadLocalRandom;

/** Generates identifiers shaped like Felt's: 22 base62 characters. */
final class FeltIds {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int LENGTH = 22;

    private FeltIds() {
    }

    /** Returns a new random Felt-style id. */
    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }
}
