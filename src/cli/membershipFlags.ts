export interface PayFlags {
  year?: string;
  on?: string;
  amount?: string;
  reference?: string;
}
