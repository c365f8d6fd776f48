package dev.camelfelt.engine.testing;

/** Runs work to its end on a thread of a given name, for tests that check which thread did what. */
public final class NamedThread {

    private NamedThread() {
    }

    /** Runs {@code work} on a new thread named {@code name} and waits up to 20 s for it to end. */
    public static void run(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        try {
            thread.join(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
