import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type MediaFile = { path: string; bytes: number; sha256: string }

/** Where uploads live: the same rule as the media collection's staticDir (collections/Media.ts). */
export const resolveMediaDir = () => path.resolve(process.env.MEDIA_DIR || 'media')

const sha256Of = async (file: string) => {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk)
  return hash.digest('hex')
}

/** Every file under dir (dotfiles such as media/.gitkeep included), relative paths, sorted. */
export const listMediaFiles = async (dir: string): Promise<MediaFile[]> => {
  if (!fs.existsSync(dir)) return []
  const files: MediaFile[] = []
  const walk = async (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name)
      if (entry.isDirectory()) await walk(child)
      else if (entry.isFile()) {
        const full = path.join(dir, child)
        files.push({ path: child.split(path.sep).join('/'), bytes: fs.statSync(full).size, sha256: await sha256Of(full) })
      }
    }
  }
  await walk('')
  return files.sort((a, b) => a.path.localeCompare(b.path))
}

/** Copies the listed files from one directory to another and checks each copy's hash. */
export const copyMediaFiles = async (from: string, to: string, files: MediaFile[]) => {
  for (const file of files) {
    const target = path.join(to, file.path)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(from, file.path), target)
    if ((await sha256Of(target)) !== file.sha256) throw new Error(`${file.path}: the copy does not match its checksum`)
  }
}
