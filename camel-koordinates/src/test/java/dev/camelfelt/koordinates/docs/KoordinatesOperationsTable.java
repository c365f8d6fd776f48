package dev.camelfelt.koordinates.docs;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import dev.camelfelt.koordinates.KoordinatesOperation;

/** Renders the operations table of the component page from {@link KoordinatesOperation}'s declarations. */
public final class KoordinatesOperationsTable implements Supplier<String> {

    @Override
    public String get() {
        String rows = Arrays.stream(KoordinatesOperation.values()).map(KoordinatesOperationsTable::row)
                .collect(Collectors.joining());
        return "[width=\"100%\",cols=\"2,4,2,2\",options=\"header\"]\n|===\n"
               + "| URI | Koordinates API call, below `/services/api/v1` | Request body | Message body after the call\n"
               + rows + "|===\n";
    }

    private static String row(KoordinatesOperation operation) {
        return "| `koordinates:" + operation.path() + "` | " + call(operation) + " | "
               + (operation.sendsExportRequest() ? "`ExportRequest`" : "-") + " | " + answer(operation) + "\n";
    }

    private static String call(KoordinatesOperation operation) {
        if (!operation.isCall()) {
            return "`POST /exports/validate/`, `POST /exports/`, `GET /exports/\\{id}/` until it ends, its"
                   + " `download/` redirect, then the archive from storage without the key";
        }
        String call = "`" + operation.httpMethod() + " " + operation.pathTemplate().replace("{", "\\{") + "`";
        return switch (operation) {
            case EXPORTS_CREATE -> call + "; when the answer is an empty 201/202, `GET` its `Location`";
            case EXPORTS_VALIDATE -> call + "; sets `CamelKoordinatesValid`";
            case EXPORTS_CANCEL -> call + "; 409 is `KoordinatesCancelConflictException`";
            default -> operation.isPaged() ? call + ", then every page its `Link` rel `page-next` names" : call;
        };
    }

    private static String answer(KoordinatesOperation operation) {
        return switch (operation) {
            case EXPORT -> "the downloaded `File`";
            case EXPORTS_CREATE -> "`Export`; the export is tracked for the consumer";
            case EXPORTS_FORMATS -> "`Map<String, List<ExportFormat>>`: kind -> formats";
            default -> type(operation.answerType());
        };
    }

    private static String type(JavaType type) {
        return type.isCollectionLikeType() ? "`List<" + type.getContentType().getRawClass().getSimpleName() + ">`"
                : "`" + type.getRawClass().getSimpleName() + "`";
    }
}
