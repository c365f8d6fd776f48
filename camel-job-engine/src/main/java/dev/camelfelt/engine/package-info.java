/**
 * What the Felt and Koordinates components share and neither names: the non-blocking HTTP client with its retry
 * rules and request budget ({@code http}), streaming downloads and uploads, and the engine that waits for
 * asynchronous jobs and keeps track of them durably ({@code job}). Nothing here knows a Felt or Koordinates path.
 */
package dev.camelfelt.engine;
