package dev.camelfelt.felt.docs;

import java.nio.file.Path;
import java.util.Map;

import dev.camelfelt.engine.store.FileJobStore;
import dev.camelfelt.felt.client.FeltNotFoundException;
import dev.camelfelt.felt.client.FeltRateLimitException;
import org.apache.camel.builder.RouteBuilder;

/** The Java routes of the docs, which DocumentedRoutesTest runs against the simulator. */
final class DocumentedRoutes {

    private DocumentedRoutes() {
    }

    static final class CopyParks extends RouteBuilder {
        @Override
        public void configure() {
            // tag::copy-parks[]
            from("direct:copy-parks")
                .to("felt:maps/duplicate?mapId={{template.map}}&title=Parks copy")
                .setHeader("CamelFeltMapId", simple("${body.id}"))
                .setHeader("CamelFeltLayerId", simple("${body.layers[0].id}"))
                .to("felt:export?format=geojson&unzip=true&downloadDirectory={{felt.export-directory}}")
                .log("Exported ${header.CamelFileName}");
            // end::copy-parks[]
        }
    }

    static final class UploadInbox extends RouteBuilder {
        @Override
        public void configure() {
            // tag::upload-inbox[]
            from("file:{{felt.inbox}}?move=.uploaded")
                .to("felt:layers/upload?mapId={{felt.map-id}}")   // the layer is named after the file
                .log("Layer ${body.name} is ${body.status}");
            // end::upload-inbox[]
        }
    }

    static final class ConsumeExports extends RouteBuilder {
        @Override
        public void configure() {
            // tag::consume-exports[]
            // tag::state-repository[]
            Path journal = Path.of(getCamelContext().resolvePropertyPlaceholders("{{felt.state-file}}"));
            getCamelContext().getRegistry().bind("exportJobs", new FileJobStore(journal));
            // end::state-repository[]

            from("felt:export?jobStore=#exportJobs&downloadDirectory={{felt.export-directory}}"
                    + "&delay={{felt.poll-delay:10000}}")
                .log("Export ${header.CamelFeltExportId} is ${header.CamelFeltExportStatus}: ${header.CamelFileName}");
            // end::consume-exports[]
        }
    }

    static final class NightlyExport extends RouteBuilder {
        @Override
        public void configure() {
            // tag::nightly-export[]
            from("timer:nightly?period=86400000")
                .to("felt:export/create?mapId={{felt.map-id}}&layerId={{felt.layer-id}}&format=gpkg");

            from("felt:export?mapId={{felt.map-id}}&downloadDirectory={{felt.export-directory}}"
                    + "&delay={{felt.poll-delay:30000}}")
                .log("${header.CamelFeltExportId} ${header.CamelFeltExportStatus}: ${header.CamelFileName}");
            // end::nightly-export[]
        }
    }

    static final class SmallParks extends RouteBuilder {
        @Override
        public void configure() {
            // tag::filters[]
            // RAW(...) keeps the JSON as it is: brackets, quotes and all
            from("direct:small-parks")
                .to("felt:export?format=geojson&unzip=true&downloadDirectory={{felt.export-directory}}"
                    + "&filters=RAW([\"acres\", \"lt\", 50000])");
            // end::filters[]
        }
    }

    static final class Publish extends RouteBuilder {
        @Override
        public void configure() {
            // tag::publish[]
            // the map and layer come from the CamelFeltMapId and CamelFeltLayerId headers
            from("direct:publish")
                .to("felt:library/publishLayer?name=City parks");
            // end::publish[]
        }
    }

    static final class CreateMap extends RouteBuilder {
        @Override
        public void configure() {
            // tag::create-map[]
            from("direct:create-map")
                .setBody(constant(Map.of("title", "Field survey", "basemap", "satellite")))
                .to("felt:maps/create")                // the Map is the request, the options are ignored
                .log("Created ${body.url}");
            // end::create-map[]
        }
    }

    static final class ErrorHandling extends RouteBuilder {
        @Override
        public void configure() {
            // tag::error-handling[]
            onException(FeltRateLimitException.class)
                .maximumRedeliveries(5).redeliveryDelay(60000);
            onException(FeltNotFoundException.class)
                .handled(true).log("No such map: ${exception.message}");
            // end::error-handling[]

            from("direct:get-map").to("felt:maps/get");
        }
    }
}
