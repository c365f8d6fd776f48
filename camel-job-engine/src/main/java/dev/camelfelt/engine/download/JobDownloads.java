package dev.camelfelt.engine.download;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

import dev.camelfelt.engine.job.JobWaiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads the file a job produced: into the download directory, or into a temporary directory shared by the
 * downloads of this instance (one directory per download would cost a directory made and removed each time);
 * renews an expired URL once; unpacks a single-file ZIP on request. The transfer holds no thread; the file work
 * around it (making room, unpacking) runs on the given executor, never on an I/O thread.
 */
public final class JobDownloads {

    private static final Logger LOG = LoggerFactory.getLogger(JobDownloads.class);

    private final StreamingDownloader downloader;
    private final Executor fileWork;
    private final Path directory;
    private final boolean unzip;
    private final ZipExtractor zipExtractor = new ZipExtractor();
    private Path temporaryDirectory;

    /** @param directory where files land; null for a temporary directory */
    public JobDownloads(StreamingDownloader downloader, Executor fileWork, Path directory, boolean unzip) {
        this.downloader = downloader;
        this.fileWork = fileWork;
        this.directory = directory;
        this.unzip = unzip;
    }

    /**
     * Downloads {@code url} as {@code fileName}, a name unique to the job (such as one holding its id); when the URL
     * has expired, asks {@code freshUrl} once for a new one.
     *
     * @param what         what the file is, for messages (e.g. "Felt export X")
     * @param unzipPrefix  put before the name of an unpacked file, so that archives never overwrite each other's
     */
    public CompletableFuture<DownloadedFile> download(URI url, String fileName, String what, String unzipPrefix,
                                                      Supplier<CompletableFuture<URI>> freshUrl) {
        return download(url, fileName, false, what, unzipPrefix, freshUrl);
    }

    /**
     * Downloads {@code url} under {@code fileName} or, when another download has that name in the download
     * directory, {@code fileName} numbered ({@code name-2.ext}, {@code name-3.ext}...); an unpacked file is named
     * after the name chosen, followed by its entry's name.
     */
    public CompletableFuture<DownloadedFile> downloadUnderFreeName(URI url, String fileName, String what,
                                                                   Supplier<CompletableFuture<URI>> freshUrl) {
        return download(url, fileName, true, what, null, freshUrl);
    }

    private CompletableFuture<DownloadedFile> download(URI url, String fileName, boolean reserve, String what,
                                                       String unzipPrefix, Supplier<CompletableFuture<URI>> freshUrl) {
        CompletableFuture<Place> placed = new CompletableFuture<>();
        // chained before the work is handed over, so that the download starts on the file work thread, never here
        CompletableFuture<DownloadedFile> downloaded = placed.thenCompose(
                place -> fetch(url, place, reserve, what, unzipPrefix, freshUrl));
        try {
            // making the room touches the disk: not on the I/O thread that may be asking
            fileWork.execute(() -> {
                try {
                    placed.complete(place(fileName, reserve));
                } catch (IOException e) {
                    placed.completeExceptionally(new DownloadException("Cannot make room for " + what, e));
                }
            });
        } catch (RejectedExecutionException e) {
            placed.completeExceptionally(new DownloadException("Cannot make room for " + what + " while shutting down", e));
        }
        return downloaded;
    }

    /** Where a download goes: its file, and whether it is temporary (else in the download directory). */
    private record Place(Path target, boolean temporary) {
    }

    private Place place(String fileName, boolean reserve) throws IOException {
        if (directory == null) {
            Path temporary = temporaryDirectory();
            // export ids make names unique; other names get a number when taken, as in the download directory
            return new Place(temporary.resolve(reserve ? reserveName(temporary, fileName) : fileName), true);
        }
        if (reserve && !Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        return new Place(directory.resolve(reserve ? reserveName(directory, fileName) : fileName), false);
    }

    private synchronized Path temporaryDirectory() throws IOException {
        if (temporaryDirectory == null || !Files.isDirectory(temporaryDirectory)) {
            temporaryDirectory = Files.createTempDirectory(DownloadedFile.TEMPORARY_DIRECTORY_PREFIX);
            // its files go with their exchanges; the directory, once empty, with the JVM
            temporaryDirectory.toFile().deleteOnExit();
        }
        return temporaryDirectory;
    }

    private CompletableFuture<DownloadedFile> fetch(URI url, Place place, boolean reserve, String what,
                                                    String unzipPrefix, Supplier<CompletableFuture<URI>> freshUrl) {
        Path target = place.target();
        boolean temporary = place.temporary();
        String prefix = unzipPrefix != null ? unzipPrefix : stem(target.getFileName().toString()) + "-";
        // a temporary file is of use only while this machine is up, and a crash of the process keeps what it wrote
        boolean durable = !temporary;
        // on the file work executor already: that made the room
        CompletableFuture<DownloadedFile> downloaded = downloader.downloadOnFileWork(url, target, durable)
                .thenApply(file -> new DownloadedFile(file, temporary, url))
                .exceptionallyCompose(error -> {
                    if (JobWaiter.unwrap(error) instanceof DownloadUrlExpiredException) {
                        LOG.info("The download URL of {} has expired; asking for a fresh one", what);
                        return freshUrl.get().thenCompose(fresh -> downloader.download(fresh, target, durable)
                                .thenApply(file -> new DownloadedFile(file, temporary, fresh)));
                    }
                    return CompletableFuture.failedFuture(JobWaiter.unwrap(error));
                });
        CompletableFuture<DownloadedFile> result = unzip
                ? downloaded.thenApplyAsync(file -> unpack(file, what, prefix), fileWork) : downloaded;
        return result.whenComplete((file, error) -> {
            if (error != null && reserve) {
                deleteReservation(target);
            }
        });
    }

    private DownloadedFile unpack(DownloadedFile zip, String what, String prefix) {
        try {
            return zipExtractor.extractSingleDataFile(zip.file(), prefix, what)
                    .map(file -> new DownloadedFile(file, zip.temporary(), zip.url())).orElse(zip);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteReservation(Path target) {
        try {
            // only the empty placeholder: a failed download never replaced it
            if (Files.size(target) == 0) {
                Files.delete(target);
            }
        } catch (IOException e) {
            LOG.debug("Could not remove the placeholder {}: {}", target, e.getMessage());
        }
    }

    /** Reserves a free name in {@code in} by creating the empty file. */
    private static String reserveName(Path in, String name) throws IOException {
        String stem = stem(name);
        String extension = name.substring(stem.length());
        for (int n = 1;; n++) {
            String candidate = n == 1 ? name : stem + "-" + n + extension;
            try {
                Files.createFile(in.resolve(candidate));
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next one
            }
        }
    }
}
