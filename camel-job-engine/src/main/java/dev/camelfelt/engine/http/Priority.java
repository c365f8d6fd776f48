package dev.camelfelt.engine.http;

/** Who a request is for, which decides who waits when the {@link RequestBudget} is short. */
public enum Priority {
    /** A call a route made: it goes first. */
    USER,
    /** A status poll of a background job: it yields to user calls and waits while the budget is short. */
    POLL
}
