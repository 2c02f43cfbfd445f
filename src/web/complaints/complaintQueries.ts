// Complaints through the API: a client's, the firm's (filtered) and the report. Every change
// refreshes the lists, the report, the worklist and the page's history.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../api/client.ts';

export type Complaint = Schemas['Complaint'];
export type ComplaintInput = Schemas['ComplaintCreate'];
export type ComplaintUpdate = Schemas['ComplaintUpdate'];
export type ComplaintReport = Schemas['ComplaintReport'];
export type ComplaintQuery = {
  status?: Complaint['status'];
  category?: string;
  professionalId?: string;
  open?: 'true' | 'false';
};

export function useClientComplaints(organizationId: string) {
  return useQuery({
    queryKey: ['complaints', 'client', organizationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/complaints', {
          params: { path: { id: organizationId } },
        }),
      ),
  });
}

export function useFirmComplaints(query: ComplaintQuery) {
  return useQuery({
    queryKey: ['complaints', 'firm', query],
    queryFn: () => unwrap(api.GET('/api/v1/complaints', { params: { query } })),
  });
}

export function useComplaintReport() {
  return useQuery({
    queryKey: ['complaints', 'report'],
    queryFn: () => unwrap(api.GET('/api/v1/complaints/report')),
  });
}

function useRefreshComplaints() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      ['complaints', 'worklist', 'audit', 'compliance'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

export function useRecordComplaint(organizationId: string) {
  const refresh = useRefreshComplaints();
  return useMutation({
    mutationFn: (input: ComplaintInput) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/complaints', {
          params: { path: { id: organizationId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useUpdateComplaint() {
  const refresh = useRefreshComplaints();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: ComplaintUpdate }) =>
      unwrap(api.PATCH('/api/v1/complaints/{id}', { params: { path: { id } }, body: change })),
    onSuccess: refresh,
  });
}

export function useDeleteComplaint() {
  const refresh = useRefreshComplaints();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/v1/complaints/{id}', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}
