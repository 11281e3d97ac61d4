/**
 * The scorer and the sentiment lexicons (about 40 MiB with the detectors they use) load on the first review, not
 * at start: a server that reviews nothing, or not yet, does not carry them.
 */
export const loadReviewCycle = async () => (await import('./review-cycle')).reviewCycle;
