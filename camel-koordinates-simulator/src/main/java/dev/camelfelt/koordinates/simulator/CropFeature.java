package dev.camelfelt.koordinates.simulator;

import java.util.List;

/** A pre-defined crop area: a polygon given as one closed ring of {@code [lon, lat]} positions in WGS84. */
public record CropFeature(int id, String name, List<double[]> ring) {
}
