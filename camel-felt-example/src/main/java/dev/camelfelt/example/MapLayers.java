package dev.camelfelt.example;

import java.util.List;
import java.util.stream.Collectors;

import dev.camelfelt.felt.model.FeltMap;
import dev.camelfelt.felt.model.Layer;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

/**
 * Finds the ETL's layer in a map. A duplicated map has new layer IDs, so the copy of the template's layer is found
 * by the layer's name.
 */
public class MapLayers {

    public static final String TEMPLATE_LAYER_ID = "feltTemplateLayerId";
    public static final String LAYER_NAME = "feltLayerName";

    /** The name of the template's layer, checking that the map has it. */
    public String nameOf(@Body FeltMap map, @ExchangeProperty(TEMPLATE_LAYER_ID) String layerId) {
        return layers(map).stream()
                .filter(layer -> layer.id().equals(layerId))
                .findFirst()
                .map(Layer::name)
                .orElseThrow(() -> new IllegalArgumentException("Map " + map.id() + " ('" + map.title()
                        + "') has no layer " + layerId + "; its layers are " + describe(map)));
    }

    /** The ID of the map's layer with the given name. */
    public String idOf(@Body FeltMap map, @ExchangeProperty(LAYER_NAME) String layerName) {
        return layers(map).stream()
                .filter(layer -> layer.name().equals(layerName))
                .findFirst()
                .map(Layer::id)
                .orElseThrow(() -> new IllegalArgumentException("Map " + map.id() + " has no layer named '"
                        + layerName + "'; its layers are " + describe(map)));
    }

    private static List<Layer> layers(FeltMap map) {
        return map.layers() == null ? List.of() : map.layers();
    }

    private static String describe(FeltMap map) {
        List<Layer> layers = layers(map);
        return layers.isEmpty() ? "none" : layers.stream()
                .map(layer -> layer.id() + " ('" + layer.name() + "')")
                .collect(Collectors.joining(", "));
    }
}
