/** Puts text on the clipboard; false where the browser refuses (no permission, insecure page), so the caller can show it to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
