// Reads the stroked and filled paths of each PDF page back with pdfjs, in top-down page coordinates.
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfPath {
  paint: "stroke" | "fill";
  /** Path points (moveTo and lineTo ends), x from the left edge, y from the top edge. */
  points: [number, number][];
  lineWidth: number;
  /** 0 butt, 1 round, 2 projecting square. */
  lineCap: number;
}

type Matrix = [number, number, number, number, number, number];
interface State {
  ctm: Matrix;
  lineWidth: number;
  lineCap: number;
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** pdfjs 5 path data: a flat list of [op, coordinates…] with 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticTo, 4 closePath. */
function pathPoints(data: ArrayLike<number>, ctm: Matrix, height: number): [number, number][] {
  const points: [number, number][] = [];
  const arity = [2, 2, 6, 4, 0];
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    const n = arity[op] ?? 0;
    if (n > 0) {
      const x = data[i + n - 1]!;
      const y = data[i + n]!;
      points.push([ctm[0] * x + ctm[2] * y + ctm[4], height - (ctm[1] * x + ctm[3] * y + ctm[5])]);
    }
    i += 1 + n;
  }
  return points;
}

export async function extractPdfPaths(data: Uint8Array): Promise<PdfPath[][]> {
  const task = getDocument({ data: data.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: PdfPath[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const height = page.view[3]!;
      const { fnArray, argsArray } = await page.getOperatorList();
      const stack: State[] = [];
      let state: State = { ctm: [1, 0, 0, 1, 0, 0], lineWidth: 1, lineCap: 0 };
      const paths: PdfPath[] = [];
      fnArray.forEach((fn, i) => {
        const args = argsArray[i] as unknown[];
        if (fn === OPS.save) stack.push({ ...state });
        else if (fn === OPS.restore) state = stack.pop() ?? state;
        else if (fn === OPS.transform) state.ctm = multiply(args as Matrix, state.ctm);
        else if (fn === OPS.setLineWidth) state.lineWidth = args[0] as number;
        else if (fn === OPS.setLineCap) state.lineCap = args[0] as number;
        else if (fn === OPS.constructPath) {
          const paint = args[0] === OPS.stroke ? "stroke" : args[0] === OPS.fill ? "fill" : undefined;
          const raw = (args[1] as ArrayLike<number>[])[0] ?? [];
          if (paint) paths.push({ paint, points: pathPoints(raw, state.ctm, height), lineWidth: state.lineWidth, lineCap: state.lineCap });
        }
      });
      pages.push(paths);
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
