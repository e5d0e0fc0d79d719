// Several clerks at once: a save refused because another clerk changed or deleted the record after
// the form opened it. {name} is that clerk's username, {at} "07/12/2026 14.05".
export const edits = {
  editConflict: {
    changed: 'Data ini sudah diubah oleh {name} pada {at} setelah Anda membukanya. Muat ulang untuk melihat perubahannya; isian Anda belum disimpan.',
    deleted: 'Data ini sudah dihapus oleh {name} pada {at} setelah Anda membukanya. Isian Anda belum disimpan; admin dapat memulihkannya dari Tempat sampah.',
    /** When the record does not say who (a change made before the app kept it). */
    someone: 'petugas lain',
    titleChanged: 'Data sudah diubah petugas lain',
    titleDeleted: 'Data sudah dihapus petugas lain',
    reload: 'Muat ulang',
    stay: 'Tetap di sini',
    /** Under the message: what each button does. */
    choice: '“Muat ulang” menampilkan data terbaru dan membuang isian Anda. “Tetap di sini” membiarkan isian Anda di layar untuk disalin; isian itu tidak bisa disimpan sebelum dimuat ulang.',
    /** A delete asked on a page another clerk's change has since made stale (the page then shows the change). */
    notDeleted: 'Tidak dihapus: data ini sudah diubah oleh {name} pada {at} setelah halaman ini dibuka. Halaman kini menampilkan perubahannya; periksa dulu, lalu hapus lagi bila memang perlu.',
    /** A class record gone when the clerk reloads it. */
    recordGone: 'Data perkembangan ini sudah dihapus.',
  },
} as const;
