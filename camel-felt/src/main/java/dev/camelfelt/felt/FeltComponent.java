package dev.camelfelt.felt;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The felt component: calls Felt's REST API (v2) and watches layer exports. */
@Component("felt")
public class FeltComponent extends HealthCheckComponent {

    @Metadata(description = "The options every felt endpoint starts from; each endpoint URI may override them.")
    private FeltConfiguration configuration = new FeltConfiguration();

    private FeltHttpClients httpClients;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        FeltEndpoint endpoint = new FeltEndpoint(uri, this, configuration.copy());
        String[] path = remaining.split("/", -1);
        if (path.length > 2 || path[0].isBlank()) {
            throw new IllegalArgumentException(
                    "A felt endpoint is felt:apiName/methodName, e.g. felt:maps/get or felt:export; got felt:" + remaining);
        }
        endpoint.setApiName(getCamelContext().getTypeConverter().mandatoryConvertTo(FeltApiName.class, path[0]));
        endpoint.setMethodName(path.length == 2 ? path[1] : null);
        setProperties(endpoint, parameters);
        endpoint.resolveOperation();
        return endpoint;
    }

    /** The HTTP clients of this component's endpoints, sharing their connection pools. */
    synchronized FeltHttpClients getHttpClients() {
        if (httpClients == null) {
            httpClients = new FeltHttpClients(getCamelContext());
        }
        return httpClients;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (httpClients != null) {
            httpClients.close();
            httpClients = null;
        }
        super.doStop();
    }

    public FeltConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(FeltConfiguration configuration) {
        this.configuration = configuration;
    }
}
