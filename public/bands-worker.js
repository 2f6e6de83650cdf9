// The bands worker (src/ui/web/bands_worker.rs): the page's own wasm,
// instantiated again off the main thread, computes the p10-p90 bands.
// First message: { glue, module } - the URL of the wasm's JS glue and the
// WebAssembly.Module the page compiled (no second download or compile).
// Then each message is a job's text; the reply is the result's
// text. Anything that goes wrong is answered with a non-text message, and
// the page computes the bands itself from then on.
let ready = null;

self.onmessage = async ({ data }) => {
  if (typeof data !== 'string') {
    ready = import(data.glue).then(async (glue) => {
      await glue.default({ module_or_path: data.module });
      return glue;
    });
    ready.catch(() => self.postMessage({ failed: true }));
    return;
  }
  try {
    const glue = await ready;
    self.postMessage(glue.bands_job(data));
  } catch (e) {
    self.postMessage({ failed: String(e) });
  }
};
