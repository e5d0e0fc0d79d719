// The command-line tool (`npm run -s umkm -- …`): its usage text, what it says when it is called
// the wrong way, and the labels of its plain-text output, one sub-object per group of commands.
// Command and option names stay in the code (they are what is typed, not text); the usage line of
// each command is here whole, syntax and description together, as `--help` prints it.
// The accounts' texts are in auth.cli, the backups' results in cliBackup.
export const cli = {
  cli: {
    main: {
      usage:
        'Pemakaian: npm run -s umkm -- <perintah> [--db FILE | --pg URL] [--json]\n\nPerintah:\n{commands}\n\nTanpa --db dipakai basis data aplikasi di folder data pengguna.\n--pg postgres://pengguna:sandi@server:5432/kemitraan (atau KEMITRAAN_PG_URL) memakai registri bersama di server PostgreSQL kantor.\nKode keluar: 0 berhasil, 1 input ditolak, 2 salah pemakaian.\n',
      bothDatabases: 'Pilih salah satu: --db FILE (berkas SQLite) atau --pg URL (server PostgreSQL), tidak keduanya.',
      badPgUrl: '--pg harus berupa alamat seperti postgres://pengguna:sandi@server:5432/kemitraan.',
      unknownCommand: 'Perintah tidak dikenal: {words}',
      unknownArgument: 'Argumen tidak dikenal: {words}',
      refused: 'Ditolak: {message}',
      /** Ctrl-C at a password prompt. */
      cancelled: 'Dibatalkan.',
    },
    // Shared by the commands: IDs, numbers and the JSON of --data.
    args: {
      umkmId: 'ID UMKM harus berupa angka, misalnya: {example}',
      id: 'ID harus berupa angka, misalnya: {example}',
      integer: '--{name} harus berupa bilangan bulat.',
      required: '--{name} wajib diisi, misalnya: {example}',
      dataNeeded: "Berikan data UMKM sebagai JSON lewat --data '{...}' atau standard input.",
      badJson: 'JSON tidak sah: {detail}',
      notObject: 'Data harus berupa satu objek JSON {...}.',
    },
    // Lines every list or record ends with or carries.
    text: {
      idLabel: 'ID',
      withId: '{name} (ID {id})',
      pageSummary: '{range} dari {total} {what}',
    },
    app: {
      usage: {
        seedDemo: 'seed-demo [--umkm N]            data contoh (60 UMKM, komunitas, mitra, temu kemitraan) ke basis data kosong',
        stats: 'stats                           jumlah UMKM per kelas dan kecamatan, komunitas, mitra, kemitraan',
      },
      seeded: 'Data contoh dimuat: {umkm} UMKM, {komunitas} komunitas, {mitra} mitra, {kegiatan} kegiatan, {kemitraan} kemitraan.',
      seededUmkm: 'Data contoh dimuat: {umkm} UMKM.',
      umkmCount: 'Jumlah UMKM: {n}',
      byKecamatan: 'Per kecamatan:',
      komunitasCount: 'Jumlah komunitas: {n}',
      mitraCount: 'Jumlah mitra: {n}',
      kemitraanByStatus: 'Kemitraan per status:',
    },
    umkm: {
      usage: {
        add: 'umkm add [--data JSON]          daftarkan UMKM (JSON dari --data atau stdin)',
        list: 'umkm list [--search T] [--kecamatan K] [--kelurahan L] [--sector S] [--class C] [--status S] [--page N] [--page-size N]',
        show: 'umkm show ID                    tampilkan satu UMKM',
        update: 'umkm update ID [--data JSON]    ubah isian yang disebut saja',
        delete: 'umkm delete ID                  hapus UMKM dari registri',
      },
      example: 'umkm show 12',
      listWhat: 'UMKM',
      deleted: 'UMKM {id} dihapus.',
    },
    partnerships: {
      usage: {
        mitraList: 'mitra list [--kind K] [--status S] [--search T] [--page N] [--page-size N]',
        mitraSuggest: 'mitra suggest ID [--event ID] [--limit N]   saran UMKM untuk mitra ini',
        komunitasList: 'komunitas list [--kecamatan K] [--search T]',
        kemitraanList:
          'kemitraan list [--status S] [--partner ID] [--umkm ID] [--komunitas ID] [--event ID] [--pattern P] [--support K] [--kecamatan K] [--from D] [--to D] [--due] [--page N] [--page-size N]',
        kemitraanShow: 'kemitraan show ID                tampilkan satu perjanjian kemitraan',
        kemitraanStatus: 'kemitraan status ID STATUS [--signed-at D] [--finished-at D] [--reason T] [--outcome H] [--outcome-notes T]   ubah status (diusulkan, aktif, selesai, dibatalkan); --finished-at: tanggal selesai (bawaan hari ini); --outcome saat menutup yang aktif: berlanjut_mandiri, diperpanjang, tidak_berlanjut, gagal',
        kemitraanPropose: 'kemitraan propose --partner ID --umkm ID [--event ID] [--pattern P] [--start D]   usulkan kemitraan dari saran',
        kegiatanList: 'kegiatan list                    temu kemitraan dengan angka kehadiran dan kemitraannya',
        kegiatanShow: 'kegiatan show ID                 satu temu kemitraan',
      },
      examples: {
        mitraSuggest: 'mitra suggest 3',
        kemitraanShow: 'kemitraan show 12',
        kemitraanStatus: 'kemitraan status 12 aktif --signed-at 2023-06-12',
        kemitraanPropose: 'kemitraan propose --partner 3 --umkm 12',
        kegiatanShow: 'kegiatan show 1',
      },
      statusNeeded: 'Sebutkan status baru, misalnya: {example}',
      mitraFigures: '{active} aktif, {fostered} UMKM binaan',
      mitraWhat: 'mitra',
      members: '{n} anggota',
      komunitasCount: '{n} komunitas',
      dueForReview: '  perlu ditinjau',
      kemitraanWhat: 'kemitraan',
      komunitasPresent: 'komunitas hadir {present}/{invited}',
      umkmPresent: 'UMKM hadir {present}/{expected}',
      partnersPresent: 'mitra hadir {present}/{invited}',
      agreements: 'kemitraan diusulkan {proposed}, ditandatangani {signed}',
      kegiatanCount: '{n} kegiatan',
      suggestionCount: '{n} saran UMKM',
    },
    progress: {
      usage: {
        add: 'progress add ID --date D --sales N --capital N [--assets N] [--employees N] [--reach R] [--cert C,C] [--channels C,C] [--source S] [--notes T]   catat data perkembangan (kelas dihitung)',
        list: 'progress list ID                 riwayat kelas satu UMKM, perpindahan dan kemitraan saat itu',
        report: 'progress report --from D --to D [--kecamatan K] [--sector S] [--komunitas ID]   laporan naik kelas satu periode',
      },
      examples: {
        add: 'progress add 12 --date 2025-06-30 --sales 2500000000',
        list: 'progress list 12',
      },
      sales: 'omzet {amount}',
      capital: 'modal {amount}',
      recorded: 'Data perkembangan {id} dicatat untuk UMKM {umkm}:',
      timeline: 'Riwayat kelas UMKM {umkm}: {n} data',
      moves: 'Perpindahan kelas:',
      move: '  {date}  {direction}: {from} -> {to} (sejak {since}){support}',
      moveAgreements: '; kemitraan: {agreements}',
      noMoves: 'Belum ada perpindahan kelas.',
      period: 'Periode {from} s.d. {to}: {n} UMKM tercatat',
      naik: '{label}: {n} ({percent}% dari UMKM tercatat)',
      byKecamatan: 'Per kecamatan (naik/turun/tetap dari tercatat):',
      kecamatanLine: '  {kecamatan}: {naik}/{turun}/{tetap} dari {recorded}',
      menengahNeedMarket: 'UMKM menengah yang perlu pasar nasional/ekspor: {n}',
      staleRecords: 'UMKM tanpa data lebih dari setahun: {n}',
    },
    export: {
      usage: {
        registry: 'export registry --out FILE [--search T] [--kecamatan K] [--kelurahan L] [--sector S] [--class C] [--status S]   registri UMKM ke Excel',
        report: 'export report (--year YYYY | --from D --to D) --out FILE [--paper A4|F4]   laporan perkembangan UMKM dan kemitraan',
        mitra: 'export mitra --out FILE [--kind K] [--status S] [--search T]   daftar mitra ke Excel',
        kemitraan:
          'export kemitraan --out FILE [--status S] [--partner ID] [--umkm ID] [--komunitas ID] [--event ID] [--pattern P] [--support K] [--kecamatan K] [--from D] [--to D] [--due]',
        progress:
          'export progress OUTCOME [TRANSISI] --from D --to D --out FILE [--kecamatan K] [--sector S] [--komunitas ID]   daftar di balik angka naik kelas (naik, turun, tetap, tanpa_data, menengah_pasar)',
      },
      examples: {
        registry: 'export registry --out registri.xlsx --kecamatan "Balikpapan Selatan"',
        report: 'export report --year 2025 --out laporan.xlsx',
        mitra: 'export mitra --out mitra.xlsx --kind hotel',
        kemitraan: 'export kemitraan --out kemitraan.xlsx --status aktif',
        progress: 'export progress naik mikro->kecil --year 2025 --out naik.xlsx',
      },
      outNeeded: '--out FILE wajib diisi, misalnya: {example}',
      yearOrRange: 'Pakai --year atau --from/--to, tidak keduanya.',
      badYear: '--year harus empat angka tahun, misalnya: --year 2025',
      periodNeeded: 'Sebutkan --year YYYY, atau --from D dan --to D (YYYY-MM-DD).',
      badPaper: '--paper harus A4 atau F4.',
      outcomeNeeded: 'Sebutkan kelompoknya: naik, turun, tetap, tanpa_data atau menengah_pasar.',
      written: 'Berkas ditulis: {file} ({rows} baris)',
    },
    // The import and template commands.
    import: {
      usage: {
        import: 'import FILE [--target umkm|mitra|komunitas|progress] [--sheet NAMA] [--header-row N] [--dry-run] [--errors OUT.xlsx]',
        template: 'export template --out FILE [--target umkm|mitra|komunitas|progress]   templat impor .xlsx',
      },
      badTarget: '--target harus salah satu dari: {targets}.',
      fileNeeded: 'Sebutkan berkas yang diimpor, misalnya: import data-umkm.xlsx',
      outNeeded: 'Sebutkan berkas tujuan dengan --out FILE.',
      summary: 'Impor selesai: {imported} baru, {updated} diperbarui, {skipped} dilewati, {refused} ditolak.',
      dryRunSummary: 'Uji coba (tidak ada yang disimpan): {imported} akan baru, {updated} akan diperbarui, {skipped} dilewati, {refused} ditolak.',
      cancelledSummary: 'Impor dibatalkan: tidak ada yang disimpan.',
      moreErrors: '  … dan {n} kesalahan lainnya (pakai --errors OUT.xlsx untuk semua baris yang ditolak).',
      templateWritten: 'Templat impor ditulis ke {file}',
    },
    // Accounts: the usage lines; what the commands say is in auth.cli.
    users: {
      usage: {
        add: 'user add --data \'{"username","fullName","role"}\'  tambah akun (kata sandi dari KEMITRAAN_NEW_PASSWORD atau diketik); akun pertama selalu admin',
        list: 'user list                       daftar akun dan perannya (admin)',
        passwd: 'user passwd NAMA                ganti kata sandi akun (admin; dari KEMITRAAN_NEW_PASSWORD atau diketik)',
        unlock: 'user unlock NAMA                cabut penundaan masuk akun setelah kata sandi salah (admin atau --as-admin-offline)',
      },
    },
    // Backups: the usage lines and the list's lines; the results are in cliBackup.
    backup: {
      usage: {
        list: 'backup list                     cadangan di folder cadangan, terbaru dulu, dengan status verifikasi',
        backup: 'backup [--out FILE] [--keep N]  cadangan sekarang (ke folder cadangan, atau ke FILE mis. flashdisk); --keep: simpan N terakhir',
        restore: 'restore FILE --as-admin-offline [--trust-source] pulihkan basis data dari cadangan FILE (diperiksa dulu; salinan pengaman dibuat; --trust-source: cadangan yang tidak ditandatangani aplikasi ini, bila Anda yakin akan sumbernya)',
        check: 'check                           integritas basis data, versi skema, migrasi, cadangan (keluar 1 bila rusak)',
      },
      megabytes: '{n} MB',
      listLine: '{name}  {date}  {size}  {n} UMKM  {state}',
      outName: '--out butuh nama berkas.',
      fileNeeded: 'Sebutkan berkas cadangan, misalnya: restore kemitraan-2025-12-01-080000.sqlite',
    },
  },
} as const;
