// Two clerks saving the same key (a NIK, an agreement number, a username) at the same moment, on
// the office's shared registry: the database's unique index lets the first in and refuses the
// other. What the other is told, at the field it names.
export const takenKeys = {
  takenKeys: {
    /** A clerk's own save (the form, the command line), refused by the unique index. */
    nik: 'NIK ini baru saja didaftarkan oleh pengguna lain pada saat yang sama. Data Anda tidak disimpan; cari NIK ini di registri untuk melihat UMKM tersebut.',
    nib: 'NIB ini baru saja didaftarkan oleh pengguna lain pada saat yang sama. Data Anda tidak disimpan; cari NIB ini di registri untuk melihat UMKM tersebut.',
    number:
      'Nomor perjanjian ini baru saja dipakai oleh perjanjian lain yang disimpan pada saat yang sama. Data Anda tidak disimpan; simpan sekali lagi (nomor otomatis akan mengambil nomor berikutnya) atau pakai nomor lain.',
    username: 'Nama pengguna ini baru saja dibuat oleh admin lain pada saat yang sama. Akun tidak dibuat; pilih nama pengguna lain.',
    /** A unique key the app does not name (none today): still not a fault of the app. */
    other: 'Data yang sama baru saja disimpan oleh pengguna lain pada saat yang sama. Data Anda tidak disimpan; muat ulang lalu coba lagi.',
    /** An import's new row whose NIK (NIB) another clerk registered while the import ran: that row is not stored, the rest are. */
    importNik:
      'NIK {nik} baru saja didaftarkan oleh pengguna lain saat impor ini berjalan (UMKM "{name}", ID {id}). Baris ini tidak disimpan; bila datanya untuk memperbarui UMKM itu, impor ulang baris ini.',
    importNib:
      'NIB {nib} baru saja didaftarkan oleh pengguna lain saat impor ini berjalan (UMKM "{name}", ID {id}). Baris ini tidak disimpan; periksa NIB-nya lalu impor ulang baris ini.',
    /** As importNik, when that UMKM was deleted again before the import ended. */
    importKey: 'NIK {nik} baru saja didaftarkan oleh pengguna lain saat impor ini berjalan. Baris ini tidak disimpan; periksa registri lalu impor ulang baris ini.',
  },
} as const;
