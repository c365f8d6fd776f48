package dev.camelfelt.koordinates.simulator;

import java.util.List;

/** A snapshot of an export in the simulator, for assertions. */
public record SimulatedExport(int id, String name, String state, Double progress, int polls, List<Integer> layerIds) {

    static SimulatedExport of(ExportRecord export) {
        return new SimulatedExport(export.id(), export.name(), export.state(), export.progress(), export.polls(),
                export.request().items().stream().map(item -> item.layer().id()).toList());
    }
}
