package dev.camelfelt.koordinates.simulator;

/** The absolute URLs the API hands out, on the host and port the client used. */
record ApiUrls(String root) {

    static final String API_PATH = "/services/api/v1/";

    static ApiUrls of(String baseUrl) {
        return new ApiUrls(baseUrl + API_PATH);
    }

    String exports() {
        return root + "exports/";
    }

    String export(int id) {
        return exports() + id + "/";
    }

    String download(int id) {
        return export(id) + "download/";
    }

    String item(SeededLayer layer) {
        return root + layer.apiPath();
    }

    String cropLayer(CropLayer layer) {
        return exports() + "croplayers/" + layer.id() + "/";
    }

    String cropFeatures(CropLayer layer) {
        return cropLayer(layer) + "cropfeatures/";
    }

    String cropFeature(CropLayer layer, CropFeature feature) {
        return cropFeatures(layer) + feature.id() + "/";
    }
}
