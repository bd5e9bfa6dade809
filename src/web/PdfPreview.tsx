// The PDF as it will print, page by page with pdf.js (its worker keeps the parsing off the typing thread).
import { useEffect, useRef } from "react";
import { GlobalWorkerOptions, getDocument } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

GlobalWorkerOptions.workerSrc = workerUrl;

export function PdfPreview({ pdf, label }: { pdf: ArrayBuffer | undefined; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || !pdf) return;
    let cancelled = false;
    const task = getDocument({ data: new Uint8Array(pdf.slice(0)), isEvalSupported: false });
    void task.promise.then(async (doc) => {
      const canvases: HTMLCanvasElement[] = [];
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1.25 });
        const canvas = document.createElement("canvas");
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.className = "pdf-page";
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", `${label}, trang ${n}/${doc.numPages}`);
        await page.render({ canvas, viewport }).promise;
        canvases.push(canvas);
      }
      // The text layer is what tests and screen readers read: the page's text, hidden behind the picture.
      const texts: string[] = [];
      for (let n = 1; n <= doc.numPages && !cancelled; n++) {
        const content = await (await doc.getPage(n)).getTextContent();
        texts.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
      }
      if (cancelled) return;
      el.replaceChildren(...canvases);
      el.dataset.text = texts.join("\n");
      el.dataset.pages = String(doc.numPages);
      el.dataset.renderedAt = String(performance.now());
      void doc.destroy();
    });
    return () => {
      cancelled = true;
    };
  }, [pdf, label]);
  return <div className="pdf-preview" ref={box} data-testid="preview" aria-live="polite" />;
}
