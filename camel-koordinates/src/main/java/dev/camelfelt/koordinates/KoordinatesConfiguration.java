package dev.camelfelt.koordinates;

import java.time.Duration;

import dev.camelfelt.engine.option.JobApiConfiguration;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a koordinates endpoint; the component holds the defaults every endpoint starts from. Connection, retry,
 * wait, download and tracking options are the job engine's, shared with the other components on it.
 */
@UriParams
public class KoordinatesConfiguration extends JobApiConfiguration {

    @UriParam(label = "security", secret = true,
              description = "The Koordinates API key, sent as Authorization: key <apiKey>. When unset, the KOORDINATES_API_KEY"
                            + " environment variable is used.")
    private String apiKey;

    @UriParam(description = "The Koordinates site, e.g. data.linz.govt.nz; calls go to https://<host>/services/api/v1/."
                            + " baseUrl replaces it.")
    private String host;

    @UriParam(description = "The scheme, host and port of the Koordinates site, e.g. http://127.0.0.1:8080 in tests;"
                            + " the component appends /services/api/v1/. Overrides host.")
    private String baseUrl;

    @UriParam(description = "The ID of an export: read by exports/get and exports/cancel; on the consumer, the one"
                            + " export to watch. The CamelKoordinatesExportId header overrides it.")
    private String exportId;

    @UriParam(label = "producer",
              description = "The ID of a crop layer (cropLayers/get, cropFeatures/list, cropFeatures/get, and an extent"
                            + " given as a crop feature ID). The CamelKoordinatesCropLayerId header overrides it.")
    private String cropLayerId;

    @UriParam(label = "producer",
              description = "The ID of a crop feature (cropFeatures/get). The CamelKoordinatesCropFeatureId header"
                            + " overrides it.")
    private String cropFeatureId;

    @UriParam(label = "producer",
              description = "What to export: comma-separated layer or table IDs or API URLs. A bare ID is a layer"
                            + " (50772), tables/51001 a table; both become item URLs of the site (create, validate,"
                            + " export).")
    private String items;

    @UriParam(label = "producer",
              description = "The coordinate reference system of the export, EPSG:nnnn; not needed for KML, which is"
                            + " always EPSG:4326 (create, validate, export).")
    private String crs;

    @UriParam(label = "producer",
              description = "The format for each kind of data, e.g. vector:application/x-zipped-shp,table:text/csv;"
                            + " a value may also be a format shorthand such as vector:gpkg. Mime types are sent as"
                            + " given (create, validate, export).")
    private String formats;

    @UriParam(label = "producer",
              enums = "shp,gpkg,csv,kml,filegdb,mapinfo,mif,dwg,pdf,geotiff,jpeg,jp2,jp2_lossless,kea,erdas,aaigrid",
              description = "A shorthand for formats: the one format for every kind of data it is offered for, e.g."
                            + " gpkg asks for vector and table data as GeoPackage, filegdb for the File Geodatabase"
                            + " (whose mime type servers misspell as applicaton/x-ogc-filegdb).")
    private String format;

    @UriParam(label = "producer",
              description = "Crops the export: a GeoJSON Polygon or MultiPolygon in WGS84 of at most 1,000 vertices,"
                            + " the URL of a crop feature, or a crop feature ID (with cropLayerId, or as"
                            + " cropLayerId/cropFeatureId).")
    private String extent;

    @UriParam(label = "producer",
              description = "The name of the export's archive; Koordinates generates one when unset. The downloaded file"
                            + " is named after the name Koordinates returns.")
    private String name;

    @UriParam(label = "producer", enums = "a4,a3,letter",
              description = "PDF only: the page size; Koordinates defaults to a4.")
    private String pageSize;

    @UriParam(label = "producer", enums = "landscape,portrait",
              description = "PDF only: the page orientation; Koordinates defaults to landscape.")
    private String pageOrientation;

    @UriParam(label = "producer", description = "PDF only: whether the map includes a scale bar.")
    private Boolean includeScale;

    @UriParam(label = "producer", description = "PDF only: whether the map includes a scale grid.")
    private Boolean includeScaleGrid;

    @UriParam(label = "producer", description = "PDF only: whether the map includes graticules.")
    private Boolean includeLatLonGrid;

    @UriParam(label = "producer", description = "PDF only: whether the map includes a legend.")
    private Boolean includeLegend;

    @UriParam(label = "producer", description = "PDF only: the DPI of rasters in the map; Koordinates defaults to 72.")
    private Integer pdfRasterDpi;

    @UriParam(label = "producer",
              description = "Raster formats: the downsampling multiplier, 1 (no change, Koordinates' default) to 16.")
    private Integer rasterResolutionMultiplier;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether koordinates:export cancels the export at Koordinates when its wait times out,"
                            + " before failing with KoordinatesExportTimeoutException.")
    private boolean cancelOnTimeout;

    /** A copy whose changes do not affect this configuration. */
    public KoordinatesConfiguration copy() {
        try {
            return (KoordinatesConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        // the key never leaves this object through logging
        return "KoordinatesConfiguration[host=" + host + ", baseUrl=" + baseUrl + ", apiKey="
               + (apiKey == null ? "unset" : "xxxxxx") + "]";
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getExportId() {
        return exportId;
    }

    public void setExportId(String exportId) {
        this.exportId = exportId;
    }

    public String getCropLayerId() {
        return cropLayerId;
    }

    public void setCropLayerId(String cropLayerId) {
        this.cropLayerId = cropLayerId;
    }

    public String getCropFeatureId() {
        return cropFeatureId;
    }

    public void setCropFeatureId(String cropFeatureId) {
        this.cropFeatureId = cropFeatureId;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public String getCrs() {
        return crs;
    }

    public void setCrs(String crs) {
        this.crs = crs;
    }

    public String getFormats() {
        return formats;
    }

    public void setFormats(String formats) {
        this.formats = formats;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getExtent() {
        return extent;
    }

    public void setExtent(String extent) {
        this.extent = extent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPageSize() {
        return pageSize;
    }

    public void setPageSize(String pageSize) {
        this.pageSize = pageSize;
    }

    public String getPageOrientation() {
        return pageOrientation;
    }

    public void setPageOrientation(String pageOrientation) {
        this.pageOrientation = pageOrientation;
    }

    public Boolean getIncludeScale() {
        return includeScale;
    }

    public void setIncludeScale(Boolean includeScale) {
        this.includeScale = includeScale;
    }

    public Boolean getIncludeScaleGrid() {
        return includeScaleGrid;
    }

    public void setIncludeScaleGrid(Boolean includeScaleGrid) {
        this.includeScaleGrid = includeScaleGrid;
    }

    public Boolean getIncludeLatLonGrid() {
        return includeLatLonGrid;
    }

    public void setIncludeLatLonGrid(Boolean includeLatLonGrid) {
        this.includeLatLonGrid = includeLatLonGrid;
    }

    public Boolean getIncludeLegend() {
        return includeLegend;
    }

    public void setIncludeLegend(Boolean includeLegend) {
        this.includeLegend = includeLegend;
    }

    public Integer getPdfRasterDpi() {
        return pdfRasterDpi;
    }

    public void setPdfRasterDpi(Integer pdfRasterDpi) {
        this.pdfRasterDpi = pdfRasterDpi;
    }

    public Integer getRasterResolutionMultiplier() {
        return rasterResolutionMultiplier;
    }

    public void setRasterResolutionMultiplier(Integer rasterResolutionMultiplier) {
        this.rasterResolutionMultiplier = rasterResolutionMultiplier;
    }

    public boolean isCancelOnTimeout() {
        return cancelOnTimeout;
    }

    public void setCancelOnTimeout(boolean cancelOnTimeout) {
        this.cancelOnTimeout = cancelOnTimeout;
    }

}
