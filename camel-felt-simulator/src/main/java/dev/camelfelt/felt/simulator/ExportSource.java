package dev.camelfelt.felt.simulator;

import java.util.List;

/** What a download link serves: the layer snapshot, the file format and the feature filters to apply. */
record ExportSource(FeltLayer layer, String outputFormat, List<Object> filters) {
}
