pmSearch.shard("72-6f",{"roll":[0,1],"rollout":[0,1]});
