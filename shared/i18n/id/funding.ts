// Sources of funds, as the office's budget documents name them (issue 15).
export const funding = {
  fundSource: {
    apbd: 'APBD Kota',
    apbn_dak: 'APBN / DAK',
    csr_mitra: 'CSR mitra',
    bank_indonesia: 'Bank Indonesia',
    lainnya: 'Lainnya',
  },
} as const;
