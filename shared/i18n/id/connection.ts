// The database connection: SQLite on this PC (the default) or PostgreSQL on the office's server (issue 14).
export const connection = {
  connection: {
    engines: {
      sqlite: 'SQLite (bawaan, di komputer ini)',
      postgres: 'PostgreSQL (server kantor)',
    },
    /** Short names, in sentences and the audit trail. */
    engineShort: { sqlite: 'SQLite di komputer ini', postgres: 'PostgreSQL' },
    fields: {
      engine: 'Basis data',
      host: 'Alamat server',
      port: 'Port',
      database: 'Nama basis data',
      user: 'Nama pengguna basis data',
      password: 'Kata sandi basis data',
      tls: 'Sambungan terenkripsi (TLS)',
    },
    validation: {
      host: 'Isi alamat server: nama komputer atau alamat IP, misalnya 192.168.1.10 (tanpa postgres:// dan tanpa port).',
      port: 'Port harus angka 1 sampai 65535 (PostgreSQL biasanya 5432).',
      name: 'Isi tanpa karakter kosong tersembunyi, paling banyak 63 karakter.',
      passwordNeeded: 'Isi kata sandi basis data.',
      passwordNoneSaved: 'Belum ada kata sandi tersimpan untuk server ini; isi kata sandinya.',
      passwordUnreadable: 'Kata sandi tersimpan tidak dapat dibuka di sini; ketik ulang kata sandinya.',
    },
    /** connectionError's messages: what went wrong and what the clerk can check. */
    /** The question at start when the office's server cannot be reached (the desktop app). */
    startup: {
      retry: 'Coba lagi',
      useSqlite: 'Pakai registri di komputer ini',
      quit: 'Tutup',
      detail:
        '"Pakai registri di komputer ini" membuka basis data SQLite di PC ini (bukan registri bersama). Registri di server tidak berubah dan dapat dipilih lagi di Pengaturan → Basis data.',
    },
    errors: {
      /** A call while the server went away: {server} is user@host:port/database, never the password. */
      lost: 'Sambungan ke server basis data ({server}) terputus. Perubahan ini tidak disimpan. Periksa jaringan kantor, lalu coba lagi; data yang sudah tersimpan di server aman.',
      unreachable:
        'Server basis data di {host}:{port} tidak dapat dihubungi. Periksa alamat server, kabel/Wi-Fi kantor, dan apakah layanan PostgreSQL berjalan.',
      wrongPassword: 'Server basis data menolak nama pengguna "{user}" atau kata sandinya. Periksa keduanya (huruf besar dan kecil dibedakan).',
      notAllowed:
        'Server basis data di {host} tidak mengizinkan pengguna "{user}" masuk ke basis data "{database}" dari komputer ini. Minta pengelola server menambahkan izinnya (pg_hba.conf).',
      tlsRequired: 'Server basis data di {host} hanya menerima sambungan terenkripsi. Nyalakan "Sambungan terenkripsi (TLS)".',
      databaseMissing: 'Basis data "{database}" tidak ada di server {host}. Periksa namanya, atau minta pengelola server membuatnya.',
      tlsUnsupported: 'Server basis data di {host}:{port} tidak mendukung sambungan terenkripsi (TLS). Matikan "Sambungan terenkripsi (TLS)" atau minta pengelola server menyalakan SSL.',
      tlsCertificate:
        'Sertifikat server basis data di {host} ditolak ({detail}). Sambungan terenkripsi hanya dipakai bila sertifikat server dapat dipercaya; minta pengelola server memeriksanya.',
      tooOld: 'Server basis data memakai PostgreSQL {version}; aplikasi ini memerlukan PostgreSQL 13 atau lebih baru. Minta pengelola server memperbaruinya.',
      noTrigram:
        'Server basis data belum memiliki ekstensi pg_trgm (untuk pencarian). Minta pengelola server memasang paket postgresql-contrib, lalu uji lagi.',
      other: 'Tidak dapat tersambung ke server basis data di {host}:{port}: {detail}',
      settingsFile:
        'Berkas pengaturan koneksi basis data ({file}) rusak atau tidak dikenal: {detail}. Aplikasi tidak membuka basis data lain sebagai gantinya, agar data tidak tercatat di tempat yang salah. Perbaiki berkas itu, atau hapus berkas itu untuk kembali memakai basis data SQLite di komputer ini.',
      settingsFileUnreadable: 'Berkas pengaturan koneksi basis data ({file}) tidak dapat dibaca: {detail}.',
      sealedElsewhere:
        'Kata sandi basis data di {file} disimpan terkunci oleh {by} dan tidak dapat dibuka di sini. Simpan ulang kata sandinya dari tempat ini.',
      sealUnavailable:
        'Komputer ini tidak menyediakan penyimpanan rahasia (pengelola kata sandi sistem) untuk aplikasi ini, sehingga kata sandi PostgreSQL tidak dapat disimpan dengan aman. Kata sandi tidak disimpan.',
      sealKeyMissing: 'Kunci pembuka kata sandi basis data ({file}) hilang atau rusak. Simpan ulang kata sandi basis data.',
      sealBroken: 'Kata sandi basis data yang tersimpan rusak dan tidak dapat dibuka. Simpan ulang kata sandi basis data.',
    },
    /** The file's problems, the detail inside errors.settingsFile. */
    fileProblems: {
      notJson: 'isinya bukan pengaturan yang utuh',
      unknownEngine: 'jenis basis data "{engine}" tidak dikenal',
      badField: 'isian "{field}" tidak sah',
    },
    /** What was wrong with the server's certificate (the detail inside errors.tlsCertificate). */
    certificate: {
      selfSigned: 'sertifikat dibuat sendiri oleh server, tidak ditandatangani pihak yang dipercaya komputer ini',
      expired: 'sertifikat sudah kedaluwarsa atau belum berlaku',
      wrongName: 'nama pada sertifikat tidak sama dengan alamat server',
      untrusted: 'sertifikat tidak dapat diperiksa keasliannya',
    },
    /** Who sealed a password (errors.sealedElsewhere). */
    sealers: { safeStorage: 'aplikasi desktop di akun komputer ini', keyFile: 'kunci berkas aplikasi (alat baris perintah atau pratinjau)' },
    audit: {
      summary: 'Koneksi basis data diubah: {target} (berlaku setelah aplikasi dibuka ulang)',
      postgresTarget: 'PostgreSQL di {host}:{port}, basis data {database}',
      passwordSet: 'kata sandi baru disimpan',
    },
    relaunchUnavailable: 'Membuka ulang aplikasi hanya dapat dilakukan di aplikasi desktop. Tutup lalu jalankan lagi aplikasinya.',
    page: {
      nav: 'Basis data',
      title: 'Koneksi basis data',
      sub: 'Tempat aplikasi menyimpan data: di komputer ini, atau di server PostgreSQL kantor untuk dipakai bersama',
      formLabel: 'Koneksi basis data',
      runningNow: 'Sedang dipakai sekarang: {engine}.',
      sqliteHere: 'Data disimpan dalam satu berkas di komputer ini: {file}',
      postgresHint: 'Semua komputer petugas yang diarahkan ke server yang sama memakai data yang sama. Isian di bawah diberikan oleh pengelola server kantor.',
      hostPlaceholder: 'misalnya 192.168.1.10 atau server-umkm',
      passwordKeep: 'Tersimpan; ketik untuk mengganti',
      passwordNew: 'Kata sandi pengguna basis data',
      tlsHint: 'Nyalakan bila server kantor memakai SSL/TLS dengan sertifikat yang sah.',
      test: 'Uji koneksi',
      testing: 'Menguji koneksi…',
      save: 'Simpan',
      backToSqlite: 'Kembali ke SQLite',
      testOk: 'Tersambung ke PostgreSQL {version}. Ekstensi pencarian pg_trgm tersedia.',
      saved: 'Pengaturan koneksi disimpan. Perubahan berlaku setelah aplikasi dibuka ulang.',
      savedSqlite: 'Aplikasi akan memakai basis data SQLite di komputer ini setelah dibuka ulang.',
      savedPostgres: 'Aplikasi akan memakai PostgreSQL di {host}:{port} (basis data {database}) setelah dibuka ulang.',
      restartNow: 'Buka ulang sekarang',
      restartManual: 'Tutup lalu jalankan lagi aplikasinya agar perubahan berlaku.',
      fileProblem: 'Berkas pengaturan koneksi bermasalah',
      settingsFile: 'Pengaturan disimpan di {file}.',
      passwordSafety: 'Kata sandi tidak pernah disimpan terbuka: disimpan terkunci untuk akun komputer ini dan tidak tercatat di jejak audit.',
    },
  },
} as const;
