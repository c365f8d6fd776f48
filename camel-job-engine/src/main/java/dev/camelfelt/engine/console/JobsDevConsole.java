package dev.camelfelt.engine.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelfelt.engine.job.JobActivity;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * A Camel dev console of the jobs a component waits for and tracks: each job's kind, ids, state, age, polls and
 * last error, and the counts of pending, completed and failed jobs and of failed polls, over every instance of the
 * component in the CamelContext. A component's console only names its id and its component class.
 */
public abstract class JobsDevConsole extends AbstractDevConsole {

    private final Class<? extends JobsView> componentType;

    protected JobsDevConsole(String id, String displayName, String description,
                             Class<? extends JobsView> componentType) {
        super("camel", id, displayName, description);
        this.componentType = componentType;
    }

    /** The jobs of every instance of the component in this console's CamelContext. */
    protected List<JobActivity> jobs() {
        return components().stream().flatMap(component -> component.jobs().stream()).toList();
    }

    /** The counts of every instance of the component in this console's CamelContext. */
    protected JobCounts counts() {
        List<JobsView> components = components();
        return new JobCounts(components.stream().mapToLong(JobsView::getPendingJobs).sum(),
                components.stream().mapToLong(JobsView::getCompletedJobs).sum(),
                components.stream().mapToLong(JobsView::getFailedJobs).sum(),
                components.stream().mapToLong(JobsView::getPollErrors).sum());
    }

    private List<JobsView> components() {
        return getCamelContext().getComponentNames().stream().map(name -> getCamelContext().hasComponent(name))
                .filter(componentType::isInstance).map(JobsView.class::cast).toList();
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        JobCounts counts = counts();
        StringBuilder text = new StringBuilder().append(String.format(
                "Jobs: %d pending, %d completed, %d failed, %d failed polls%n", counts.pending(), counts.completed(),
                counts.failed(), counts.pollErrors()));
        for (JobActivity job : jobs()) {
            text.append(String.format("%n    %-8s %s: %s", job.kind(), job.job(), job.state()));
            if (job.age() != null) {
                text.append(String.format(", for %d s", job.age().toSeconds()));
            }
            if (job.polls() >= 0) {
                text.append(String.format(", %d polls", job.polls()));
            }
            if (job.lastError() != null) {
                text.append(", last error: ").append(job.lastError());
            }
        }
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JobCounts counts = counts();
        JsonObject root = new JsonObject();
        root.put("pending", counts.pending());
        root.put("completed", counts.completed());
        root.put("failed", counts.failed());
        root.put("pollErrors", counts.pollErrors());
        JsonArray jobs = new JsonArray();
        for (JobActivity activity : jobs()) {
            JsonObject job = new JsonObject();
            job.put("kind", activity.kind());
            job.put("type", activity.job().type());
            job.put("id", activity.job().id());
            job.put("scope", new JsonObject(new LinkedHashMap<>(activity.job().scope())));
            job.put("state", activity.state());
            if (activity.age() != null) {
                job.put("ageMillis", activity.age().toMillis());
            }
            if (activity.polls() >= 0) {
                job.put("polls", activity.polls());
            }
            if (activity.lastError() != null) {
                job.put("lastError", activity.lastError());
            }
            jobs.add(job);
        }
        root.put("jobs", jobs);
        return root;
    }
}
