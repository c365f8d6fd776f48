package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** A credential a source uses to reach its data. */
public record FeltCredential(String id, String name, String useCase, ObjectNode credential, Instant createdAt,
        Instant updatedAt) {

    /** Copies the credential, which is mutable JSON. */
    public FeltCredential {
        credential = credential.deepCopy();
    }
}
