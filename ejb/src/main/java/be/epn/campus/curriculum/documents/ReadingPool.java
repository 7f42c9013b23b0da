package be.epn.campus.curriculum.documents;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads that read documents, shared by every inspector. Bounded twice: a fixed number of threads
 * (a parser stuck in a hostile file holds one thread, never the server) and a short queue (when it is full,
 * the file is refused rather than piling up work). A worker that overruns its time is interrupted and
 * abandoned; parsers that ignore interruption still stop at the next text they write (see
 * {@link InterruptibleHandler}). Daemon threads: they never keep the JVM alive.
 */
final class ReadingPool {

    static final int THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    static final int QUEUE = 32;

    static final ThreadPoolExecutor EXECUTOR = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), new Daemons(), new ThreadPoolExecutor.AbortPolicy());

    static {
        EXECUTOR.allowCoreThreadTimeOut(true);
    }

    private ReadingPool() {
    }

    private static final class Daemons implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "campus-document-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            // Tika finds its parsers through the class loader: the application's, not the server's
            thread.setContextClassLoader(ReadingPool.class.getClassLoader());
            return thread;
        }
    }
}
