/**
 * A picked file as base64, which is how files cross the bridge (JSON over IPC or HTTP).
 * FileReader's data URL is used rather than btoa over a string, which is quadratic and chokes
 * on binary data beyond a few megabytes.
 */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

export function base64ToBlob(base64: string, mediaType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediaType });
}

/** Saves a blob through the browser's download (the desktop shell shows its save dialog). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the URL is not needed after this tick.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** How an attachment is shown: PDFs and images in place, everything else saved to disk. */
export function viewerFor(mediaType: string): 'pdf' | 'image' | 'download' {
  if (mediaType === 'application/pdf') return 'pdf';
  if (/^image\/(png|jpeg|gif|webp)$/.test(mediaType)) return 'image';
  return 'download';
}
