package dev.camelfelt.felt;


import dev.camelfelt.engine.option.JobApiConfiguration;
import dev.camelfelt.felt.model.CommentFormat;
import dev.camelfelt.felt.model.ExportFormat;
import dev.camelfelt.felt.model.LibrarySource;
import dev.camelfelt.felt.model.ProjectPermission;
import dev.camelfelt.felt.model.ProjectVisibility;
import dev.camelfelt.felt.model.PublicAccess;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of a felt endpoint; the component holds the defaults every endpoint starts from. Connection, retry,
 * wait, download and tracking options are the job engine's, shared with the other components on it.
 */
@UriParams
public class FeltConfiguration extends JobApiConfiguration {

    @UriParam(label = "security", secret = true,
              description = "The Felt API token (Bearer). When unset, the FELT_API_TOKEN environment variable is used.")
    private String apiToken;

    @UriParam(defaultValue = "https://felt.com",
              description = "The base URL of the Felt API, an absolute http or https URL; the component appends"
                            + " /api/v2/... A trailing / or /api/v2 is accepted.")
    private String baseUrl = "https://felt.com";

    @UriParam(label = "security", description = "TLS settings for the connections to Felt.")
    private SSLContextParameters sslContextParameters;

    @UriParam(description = "The ID of the map. The CamelFeltMapId header overrides it.")
    private String mapId;

    @UriParam(description = "The ID of the layer. The CamelFeltLayerId header overrides it.")
    private String layerId;

    @UriParam(label = "producer", description = "The ID of the layer group. The CamelFeltLayerGroupId header overrides it.")
    private String layerGroupId;

    @UriParam(label = "producer",
              description = "The project to show, update or delete (projects/get, update, delete), or that a map is moved"
                            + " or duplicated to. The CamelFeltProjectId header overrides it.")
    private String projectId;

    @UriParam(label = "producer", description = "The ID of the element (elements/delete). The CamelFeltElementId header"
                                                + " overrides it.")
    private String elementId;

    @UriParam(label = "producer", description = "The ID of the element group (elementGroups/get). The"
                                                + " CamelFeltElementGroupId header overrides it.")
    private String elementGroupId;

    @UriParam(label = "producer", description = "The ID of the comment (comments/resolve, delete). The"
                                                + " CamelFeltCommentId header overrides it.")
    private String commentId;

    @UriParam(label = "producer", description = "The ID of the source (sources/get, update, delete, sync and the"
                                                + " credential operations). The CamelFeltSourceId header overrides it.")
    private String sourceId;

    @UriParam(label = "producer", description = "The ID of the source's credential (sources/updateCredential,"
                                                + " deleteCredential). The CamelFeltCredentialId header overrides it.")
    private String credentialId;

    @UriParam(label = "producer", description = "The email address of the viewer an embed token is for"
                                                + " (maps/embedToken); required there.")
    private String userEmail;

    @UriParam(label = "producer", enums = "json,geojson,csv", defaultValue = "json",
              description = "The format of comments/export: json (a List), geojson (a JsonNode FeatureCollection) or"
                            + " csv (a String).")
    private CommentFormat commentFormat = CommentFormat.JSON;

    @UriParam(label = "producer", enums = "workspace,private",
              description = "Who sees a project (projects/create, where it is required, and projects/update).")
    private ProjectVisibility visibility;

    @UriParam(label = "producer", enums = "view_only,view_and_contribute,view_and_edit",
              description = "The most a workspace member may do in a project's maps without an invitation"
                            + " (projects/create, projects/update).")
    private ProjectPermission maxInheritedPermission;

    @UriParam(label = "producer", description = "A public URL Felt imports the layer's data from (layers/upload),"
                                                + " instead of a file.")
    private String importUrl;

    @UriParam(label = "producer",
              description = "The folder a map is moved or duplicated to. The CamelFeltFolderId header overrides it.")
    private String folderId;

    @UriParam(description = "The ID of an export: read by export/status; on the consumer, the one export to watch."
                            + " The CamelFeltExportId header overrides it.")
    private String exportId;

    @UriParam(label = "producer", description = "The title of the map to create, update or duplicate.")
    private String title;

    @UriParam(label = "producer", description = "The description shown in the map legend (create, update).")
    private String description;

    @UriParam(label = "producer",
              description = "The basemap: default, light, dark, satellite, a raster tile URL with {x}, {y} and {z},"
                            + " or a hex colour such as #ff0000 (create, update).")
    private String basemap;

    @UriParam(label = "producer", enums = "private,view_only,view_and_comment,view_comment_and_edit",
              description = "Who may open the map, and how (create, update).")
    private PublicAccess publicAccess;

    @UriParam(label = "producer", description = "The latitude the new map is centred on (maps/create), or where an uploaded image is"
                                                + " placed (layers/upload).")
    private Double lat;

    @UriParam(label = "producer", description = "The longitude the new map is centred on (maps/create), or where an uploaded image is"
                                                + " placed (layers/upload).")
    private Double lon;

    @UriParam(label = "producer", description = "The initial zoom level of the new map (maps/create), or the zoom an uploaded image is"
                                                + " placed at (layers/upload).")
    private Double zoom;

    @UriParam(label = "producer", description = "The workspace to create the map in (create); Felt defaults to the"
                                                + " latest used workspace.")
    private String workspaceId;

    @UriParam(label = "producer",
              description = "Comma-separated raster tile URLs to add as layers to the new map (create).")
    private String layerUrls;

    @UriParam(label = "producer", description = "A name: to publish a layer or layer group under in the library, of a"
                                                + " new layer (layers/upload; by default the uploaded file's name"
                                                + " without its extension), of a layer group"
                                                + " (layerGroups/update), or of a project (projects/create, required"
                                                + " there, and projects/update).")
    private String name;

    @UriParam(label = "producer", enums = "workspace,felt,all", defaultValue = "workspace",
              description = "Which library library/list lists: the workspace's, Felt's public one, or both.")
    private LibrarySource source = LibrarySource.WORKSPACE;

    @UriParam(label = "producer", enums = "csv,gpkg,geojson,geotiff,pmtiles",
              description = "The format of a custom export (export, export/create); required there.")
    private ExportFormat format;

    @UriParam(label = "producer",
              // Camel's metadata drops brackets and double quotes, so the JSON itself is shown in the docs
              description = "A Felt Style Language filter for the export, in JSON: an array of an attribute, an operator"
                            + " (lt, le, gt, ge, eq or ne) and a value, such as the array of acres, lt and 50000 that"
                            + " keeps the features under 50000 acres; in a URI, wrap it in RAW(...).")
    private String filters;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Whether Felt emails the token's user when the export completes. Unlike Felt's own"
                            + " default, off: automation should not email people.")
    private boolean emailOnCompletion;

    @UriParam(defaultValue = "false",
              description = "On export/link: download the linked file, as felt:export does with its export.")
    private boolean download;

    @UriParam(label = "advanced", defaultValue = "3",
              description = "How many times layers/upload and layers/refresh send a file to Felt's storage when the"
                            + " transfer breaks off or storage answers 5xx, each time from the first byte. A storage"
                            + " 4xx (an expired form) instead asks Felt once for a fresh form.")
    private int uploadAttempts = 3;

    /** A copy whose changes do not affect this configuration. */
    public FeltConfiguration copy() {
        try {
            return (FeltConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        // the token never leaves this object through logging
        return "FeltConfiguration[baseUrl=" + baseUrl + ", apiToken=" + (apiToken == null ? "unset" : "xxxxxx") + "]";
    }

    public String getApiToken() {
        return apiToken;
    }

    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getMapId() {
        return mapId;
    }

    public void setMapId(String mapId) {
        this.mapId = mapId;
    }

    public String getLayerId() {
        return layerId;
    }

    public void setLayerId(String layerId) {
        this.layerId = layerId;
    }

    public String getLayerGroupId() {
        return layerGroupId;
    }

    public void setLayerGroupId(String layerGroupId) {
        this.layerGroupId = layerGroupId;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getFolderId() {
        return folderId;
    }

    public void setFolderId(String folderId) {
        this.folderId = folderId;
    }

    public String getExportId() {
        return exportId;
    }

    public void setExportId(String exportId) {
        this.exportId = exportId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getBasemap() {
        return basemap;
    }

    public void setBasemap(String basemap) {
        this.basemap = basemap;
    }

    public PublicAccess getPublicAccess() {
        return publicAccess;
    }

    public void setPublicAccess(PublicAccess publicAccess) {
        this.publicAccess = publicAccess;
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public Double getZoom() {
        return zoom;
    }

    public void setZoom(Double zoom) {
        this.zoom = zoom;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public void setWorkspaceId(String workspaceId) {
        this.workspaceId = workspaceId;
    }

    public String getLayerUrls() {
        return layerUrls;
    }

    public void setLayerUrls(String layerUrls) {
        this.layerUrls = layerUrls;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LibrarySource getSource() {
        return source;
    }

    public void setSource(LibrarySource source) {
        this.source = source;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public void setFormat(ExportFormat format) {
        this.format = format;
    }

    public String getFilters() {
        return filters;
    }

    public void setFilters(String filters) {
        this.filters = filters;
    }

    public boolean isEmailOnCompletion() {
        return emailOnCompletion;
    }

    public void setEmailOnCompletion(boolean emailOnCompletion) {
        this.emailOnCompletion = emailOnCompletion;
    }

    public boolean isDownload() {
        return download;
    }

    public void setDownload(boolean download) {
        this.download = download;
    }

    public int getUploadAttempts() {
        return uploadAttempts;
    }

    public void setUploadAttempts(int uploadAttempts) {
        this.uploadAttempts = uploadAttempts;
    }

    public String getElementId() {
        return elementId;
    }

    public void setElementId(String elementId) {
        this.elementId = elementId;
    }

    public String getElementGroupId() {
        return elementGroupId;
    }

    public void setElementGroupId(String elementGroupId) {
        this.elementGroupId = elementGroupId;
    }

    public String getCommentId() {
        return commentId;
    }

    public void setCommentId(String commentId) {
        this.commentId = commentId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = sourceId;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public void setCredentialId(String credentialId) {
        this.credentialId = credentialId;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public void setUserEmail(String userEmail) {
        this.userEmail = userEmail;
    }

    public CommentFormat getCommentFormat() {
        return commentFormat;
    }

    public void setCommentFormat(CommentFormat commentFormat) {
        this.commentFormat = commentFormat;
    }

    public ProjectVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(ProjectVisibility visibility) {
        this.visibility = visibility;
    }

    public ProjectPermission getMaxInheritedPermission() {
        return maxInheritedPermission;
    }

    public void setMaxInheritedPermission(ProjectPermission maxInheritedPermission) {
        this.maxInheritedPermission = maxInheritedPermission;
    }

    public String getImportUrl() {
        return importUrl;
    }

    public void setImportUrl(String importUrl) {
        this.importUrl = importUrl;
    }
}
